/* The style sheet, inline in every page (the file loads nothing). Quiet and readable:
 * system fonts (Open Sans where installed, as in the PDF), a measure of about 70
 * characters, tables with tabular digits, and colours with at least 4.5:1 contrast for
 * text and 3:1 for graphics. The print part sets the page on A4. */
#ifndef WR_HTML_STYLE_H
#define WR_HTML_STYLE_H

/* The one style sheet (screen and print). */
extern const char wr_html_css[];

#endif
