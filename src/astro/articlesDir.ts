/** The folder of article files the site is built from (content/articles/ unless ARTICLES_DIR says). */
export const ARTICLES_DIR = process.env.ARTICLES_DIR || 'content/articles';
