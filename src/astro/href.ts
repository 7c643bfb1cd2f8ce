// Links in pages and components: a site path joined to this build's base.
import { withBase } from '../lib/url';

export function href(sitePath: string): string {
  return withBase(import.meta.env.BASE_URL, sitePath);
}
