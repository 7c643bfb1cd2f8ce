// A widget's table over the masthead — prayer times, currency rates, the weather («مواقيت الصلاة» over «الفجر 05:32»,
// «العشاء 18:21»; «الدولار 14200 ل.س») — names no one: a select-all copy puts it above the site's name (forty-third
// round, merged: aside43's «مواقيت الصلاة» was taken for the outlet). Read by shape, not by the widget's words.

// A row: a label of one or two words and a figure that is a clock time, a decimal or grouped number, or a number
// with its unit («°», «%», «ل.س», «د.ج»). A bare integer is not enough: «الحوز 24», «راديو 360» are names.
// The figure may come first and either may be glued to the other («20°القدس», «رام الله19.89°», «4.68جنيه إسترليني»:
// a select-all copy drops the cells' spaces), and a temperature may stand alone over its town («10 C» over «تونس»)
// (forty-sixth round: real pages' weather and currency bars were read as the masthead).
const LABEL = String.raw`[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?`;
const CLOCK = String.raw`[0-9٠-٩]{1,2}[:：][0-9٠-٩]{2}(?:\s*(?:ص|م|AM|PM))?`;
const UNIT = String.raw`(?:°\s?C?|%|[\p{L}]{1,2}\.[\p{L}]{1,2}\.?)`;
const AMOUNT = String.raw`[0-9٠-٩]+[.,٫٬][0-9٠-٩]+(?:\s*${UNIT})?|[0-9٠-٩]+\s*${UNIT}`;
const ROW = new RegExp(String.raw`^(?:${LABEL}\s*[:：]?\s+(?:${CLOCK}|${AMOUNT})|${LABEL}(?:${AMOUNT})|(?:${AMOUNT})\s?${LABEL})$`, 'u');
const TEMPERATURE = /^[-−]?[0-9٠-٩]{1,2}\s?(?:°\s?[CF]?|[CF])$/u;

export function isWidgetRow(text: string): boolean {
  return ROW.test(text.trim());
}

/** A temperature alone («10 C», «23°»): a weather cell whose town is the next line. */
export function isTemperature(text: string): boolean {
  return TEMPERATURE.test(text.trim());
}

/**
 * How many of the first lines are a widget: two rows or more, perhaps under a heading of one to three words with no
 * figure that the page prints nowhere else (a masthead over a weather bar is printed again, in its © line or menu).
 * 0 when the head is no widget.
 */
export function widgetHead(shown: readonly { text: string; words: number }[], printedElsewhere: (text: string) => boolean): number {
  const heading = shown.length > 2 && shown[0].words <= 3 && !/[0-9٠-٩]/u.test(shown[0].text) && !isWidgetRow(shown[0].text) && !printedElsewhere(shown[0].text) ? 1 : 0;
  let n = heading;
  while (n < shown.length - 1 && isWidgetRow(shown[n].text)) n++;
  return n - heading >= 2 ? n : 0;
}
