// The JSON the /graph/ page embeds for its script (see RelationGraph.astro).
export interface ClientNode {
  id: string;
  name: string;
  en: string;
  type: 'person' | 'country' | 'organization';
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
  topics: string[];
  x: number;
  y: number;
  key: string;
}

export interface ClientEdge {
  source: string;
  target: string;
  weight: number;
  articles: number;
  types: string[];
  topics: string[];
  firstDate: string | null;
  lastDate: string | null;
  evidence: number;
}

export interface GraphPayload {
  base: string;
  threshold: number;
  nodes: ClientNode[];
  edges: ClientEdge[];
  relationLabels: Record<string, string>;
  typeLabels: Record<string, string>;
}
