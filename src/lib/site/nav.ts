// The site's main sections and data exports, in one place so the header, the footer,
// the 404 page and the tests agree on them. Paths are site paths (no base).

export interface NavItem {
  label: string;
  path: string;
}

export const MAIN_NAV: NavItem[] = [
  { label: 'الرئيسية', path: '/' },
  { label: 'المقالات', path: '/articles/' },
  { label: 'القصص', path: '/stories/' },
  { label: 'الفاعلون', path: '/actors/' },
  { label: 'المواضيع', path: '/topics/' },
  { label: 'المصادر', path: '/sources/' },
  { label: 'الخط الزمني', path: '/timeline/' },
  { label: 'شبكة العلاقات', path: '/graph/' },
  { label: 'البحث', path: '/search/' },
];

export const DATA_EXPORTS: NavItem[] = [
  { label: 'المقالات (JSON)', path: '/data/articles.json' },
  { label: 'الفاعلون (JSON)', path: '/data/actors.json' },
  { label: 'المواضيع (JSON)', path: '/data/topics.json' },
  { label: 'القصص (JSON)', path: '/data/stories.json' },
  { label: 'شبكة العلاقات (JSON مضغوط)', path: '/data/graph.json.gz' },
  { label: 'المقالات (CSV)', path: '/data/articles.csv' },
  { label: 'خلاصة RSS', path: '/rss.xml' },
];

/**
 * Whether a nav item is the current section: "/" only on the home page, any other
 * section on its own pages too (/actors/putin/ is inside الفاعلون).
 */
export function isCurrentSection(itemPath: string, sitePath: string): boolean {
  if (itemPath === '/') return sitePath === '/' || sitePath === '';
  return sitePath === itemPath || sitePath.startsWith(itemPath);
}

export const SITE_NAME = 'مرصد الدبلوماسية';
