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

/** The whole-corpus exports, listed on /data/ (the articles come in parts, listed there too). */
export const DATA_EXPORTS: (NavItem & { about: string })[] = [
  { label: 'الفاعلون', path: '/data/actors.json.br', about: 'كل فاعل ورد في مقال: أسماؤه ودوره وعدد مقالاته؛ مقالاته نفسها في أجزاء المقالات (JSON مضغوط)' },
  { label: 'المواضيع', path: '/data/topics.json.br', about: 'المواضيع ومقالات كل منها (JSON مضغوط)' },
  { label: 'القصص', path: '/data/stories.json.br', about: 'الحدث الواحد عبر المنافذ: مقالاته ونسخ النص الواحد (JSON مضغوط)' },
  { label: 'شبكة العلاقات', path: '/data/graph.json.br', about: 'الشبكة الكاملة: الفاعلون والصلات وشواهدها (JSON مضغوط)' },
  { label: 'خلاصة RSS', path: '/rss.xml', about: 'أحدث المقالات' },
];

/** The footer's links, on every page: few, since every byte is repeated in every page of the site. */
export const FOOTER_LINKS: NavItem[] = [
  { label: 'تنزيل البيانات', path: '/data/' },
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
