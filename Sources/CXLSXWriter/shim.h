#ifndef EMULATION_REVIEW_XLSXWRITER_SHIM_H
#define EMULATION_REVIEW_XLSXWRITER_SHIM_H

#include <locale.h>
#include <time.h>
#include <xlsxwriter.h>

/* The workbook options and the document properties hold `char *` fields that libxlsxwriter copies; filling them
 * here keeps the casts from `const char *` out of Swift. Everything is `static inline`: no separate C target. */

/* Constant-memory mode: each row goes to a temporary file in `tmpdir` as soon as the next row starts, so a sheet
 * of 140,000 awards costs one row of memory. Rows must then be written in order. */
static inline lxw_workbook *er_xlsx_workbook_new(const char *path, const char *tmpdir) {
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = (char *)tmpdir, .use_zip64 = LXW_FALSE};
    return workbook_new_opt(path, &options);
}

/* `created` is also the modification time libxlsxwriter writes; without it docProps/core.xml holds the clock. */
static inline lxw_error er_xlsx_set_properties(lxw_workbook *workbook, const char *title, const char *subject,
                                               const char *author, const char *company, time_t created) {
    lxw_doc_properties properties = {0};
    properties.title = (char *)title;
    properties.subject = (char *)subject;
    properties.author = (char *)author;
    properties.company = (char *)company;
    properties.created = created;
    return workbook_set_properties(workbook, &properties);
}

/* A merged range registered without writing a cell: with a NULL format libxlsxwriter writes nothing, so the
 * caller writes the range's cells itself, row by row, as constant-memory mode requires. */
static inline lxw_error er_xlsx_register_merge(lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col,
                                               lxw_row_t last_row, lxw_col_t last_col) {
    return worksheet_merge_range(worksheet, first_row, first_col, last_row, last_col, "", NULL);
}

/* libxlsxwriter prints every number (values, dates, widths) with snprintf's %G, which follows LC_NUMERIC: in a
 * process set to a comma-decimal locale it would write 0,9814 into the XML, which Excel rejects. The writer's
 * thread uses the C locale for numbers while it writes, and gets its own locale back after. */
typedef struct {
    locale_t numeric;
    locale_t previous;
} er_xlsx_saved_locale;

static inline er_xlsx_saved_locale er_xlsx_use_c_numbers(void) {
    er_xlsx_saved_locale saved = {(locale_t)0, (locale_t)0};
    /* The process's locale with C numbers; the other categories stay as they are. */
    locale_t base = duplocale(LC_GLOBAL_LOCALE);
    if (base == (locale_t)0) return saved;
    saved.numeric = newlocale(LC_NUMERIC_MASK, "C", base);
    if (saved.numeric == (locale_t)0) {
        freelocale(base);
        return saved;
    }
    saved.previous = uselocale(saved.numeric);
    return saved;
}

static inline void er_xlsx_restore_locale(er_xlsx_saved_locale saved) {
    if (saved.numeric == (locale_t)0) return;
    uselocale(saved.previous);
    freelocale(saved.numeric);
}

#endif
