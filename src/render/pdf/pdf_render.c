/* The entry point: sets up libharu (UTF-8, embedded fonts, compression, metadata), parses
 * the Markdown with cmark-gfm, lays it out, adds the footers and saves. */
#include "render/pdf/pdf_render.h"

#include <cmark-gfm.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/date.h"
#include "blocks/block_kind.h"
#include "blocks/markdown.h"
#include "render/pdf/pdf_archive.h"
#include "render/pdf/pdf_blocks.h"
#include "render/pdf/pdf_compact.h"
#include "render/pdf/pdf_context.h"
#include "render/pdf/pdf_cover.h"
#include "render/pdf/pdf_errors.h"
#include "render/pdf/pdf_glyphs.h"
#include "render/pdf/pdf_nav.h"
#include "render/pdf/pdf_page.h"
#include "render/pdf/pdf_style.h"
#include "render/pdf/pdf_toc.h"

static wr_status set_info(wr_pdf_ctx *ctx)
{
    const wr_pdf_options *o = ctx->opts;
    const struct {
        HPDF_InfoType type;
        const char *value;
    } attrs[] = {
        {HPDF_INFO_TITLE, o->title},       {HPDF_INFO_AUTHOR, o->author},
        {HPDF_INFO_SUBJECT, o->subject},   {HPDF_INFO_KEYWORDS, o->keywords},
        {HPDF_INFO_CREATOR, "wijkrapport"},
    };
    for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++)
        if (attrs[i].value && *attrs[i].value)
            HPDF_SetInfoAttr(ctx->doc, attrs[i].type, attrs[i].value);

    /* A fixed date, never the clock: the same input gives the same bytes. */
    HPDF_Date date = {o->date_year, o->date_month, o->date_day, 0, 0, 0, 'Z', 0, 0};
    HPDF_SetInfoDateAttr(ctx->doc, HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(ctx->doc, HPDF_INFO_MOD_DATE, date);
    return wr_pdf_ctx_check(ctx);
}

static wr_status setup(wr_pdf_ctx *ctx)
{
    HPDF_SetCompressionMode(ctx->doc, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(ctx->doc);
    HPDF_SetCurrentEncoder(ctx->doc, "UTF-8");
    if (wr_pdf_ctx_check(ctx) != WR_OK)
        return ctx->failure.status;
    wr_error loaded;
    wr_status st = wr_pdf_fonts_load(ctx->doc, ctx->opts->font_dir, &ctx->fonts, &loaded);
    if (st == WR_OK && ctx->opts->hyphenator)
        ctx->hyph = ctx->opts->hyphenator;
    else if (st == WR_OK && ctx->opts->hyphen_dict)
        st = wr_pdf_hyphenator_load(ctx->opts->hyphen_dict, &ctx->own_hyph, &loaded);
    if (ctx->own_hyph)
        ctx->hyph = ctx->own_hyph;
    if (st != WR_OK)
        return wr_first_error_take(&ctx->failure, st, &loaded);
    return set_info(ctx);
}

static wr_status structure_finish(wr_pdf_ctx *ctx)
{
    if (!wr_pdf_tags_finish(ctx->tags, ctx->doc))
        wr_pdf_ctx_nomem(ctx);
    return wr_pdf_ctx_check(ctx);
}

/* PDF/A-2a: libharu saves to memory and libqpdf writes the file with object streams. */
static wr_status save_compact(wr_pdf_ctx *ctx, const char *path)
{
    if (HPDF_SaveToStream(ctx->doc) != HPDF_OK)
        return wr_pdf_ctx_check(ctx) != WR_OK ? ctx->failure.status : wr_pdf_ctx_nomem(ctx);
    HPDF_UINT32 size = HPDF_GetStreamSize(ctx->doc);
    HPDF_BYTE *data = malloc(size ? size : 1);
    if (!data)
        return wr_pdf_ctx_nomem(ctx);
    HPDF_UINT32 got = size;
    HPDF_STATUS read = HPDF_ReadFromStream(ctx->doc, data, &got);
    wr_status st;
    if ((read != HPDF_OK && read != HPDF_STREAM_EOF) || got != size)
        st = wr_pdf_ctx_check(ctx) != WR_OK ? ctx->failure.status : wr_pdf_ctx_nomem(ctx);
    else
        st = wr_pdf_write_compact(data, size, path, ctx->failure.err);
    free(data);
    if (st != WR_OK && ctx->failure.status == WR_OK) {
        remove(path); /* no half-written report left behind */
        ctx->failure.status = st;
    }
    return st;
}

static wr_status save(wr_pdf_ctx *ctx, const char *path)
{
    if (ctx->opts->pdfa_part == 2)
        return save_compact(ctx, path);
    errno = 0;
    if (HPDF_SaveToFile(ctx->doc, path) != HPDF_OK) {
        int saved = errno;
        HPDF_STATUS code = ctx->hpdf_error;
        remove(path); /* no half-written report left behind */
        return wr_first_error_set(&ctx->failure, WR_ERR_OUTPUT, "%s kan niet worden geschreven: %s.", path,
                                  wr_pdf_error_text(code, saved));
    }
    return wr_pdf_ctx_check(ctx);
}

wr_status wr_pdf_render(const char *markdown, size_t len, const wr_pdf_options *opts,
                        const char *path, wr_error *err)
{
    if ((!markdown && len > 0) || !opts || !path)
        return wr_error_set(err, WR_ERR_INTERNAL, "wr_pdf_render: ongeldige aanroep");
    if (!wr_date_valid(opts->date_year, opts->date_month, opts->date_day))
        return wr_error_set(err, WR_ERR_INTERNAL, "ongeldige rapportdatum %04d-%02d-%02d",
                            opts->date_year, opts->date_month, opts->date_day);

    wr_pdf_ctx ctx = {0};
    ctx.opts = opts;
    ctx.failure.err = err;
    ctx.doc = HPDF_New(wr_pdf_ctx_on_error, &ctx);
    ctx.tags = wr_pdf_tags_new();
    if (!ctx.doc || !ctx.tags) {
        HPDF_Free(ctx.doc);
        wr_pdf_tags_free(ctx.tags);
        return wr_error_set(err, WR_ERR_NOMEM, "onvoldoende geheugen voor de PDF-bibliotheek");
    }

    cmark_node *doc = NULL;
    if (setup(&ctx) == WR_OK) {
        doc = wr_markdown_parse(markdown, len);
        if (!doc)
            wr_pdf_ctx_nomem(&ctx);
        else if (wr_markdown_check_depth(doc, opts->sources, &ctx.failure) == WR_OK)
            wr_pdf_glyphs_prepare(&ctx, doc);
        if (ctx.failure.status == WR_OK && !wr_numbering_make(doc, opts->sources, &ctx.numbers))
            wr_pdf_ctx_nomem(&ctx);
    }
    wr_pdf_record record = {0};
    if (opts->layout_record)
        ctx.record = &record;
    if (ctx.failure.status == WR_OK && wr_pdf_nav_collect(&ctx, doc) == WR_OK) {
        cmark_node *first = cmark_node_first_child(doc);
        ctx.cover_first = wr_block_kind_of(first, opts->sources) == WR_BLOCK_COVER;
    }
    if (ctx.failure.status == WR_OK && wr_pdf_page_add(&ctx) == WR_OK &&
        wr_pdf_blocks_render(&ctx, doc) == WR_OK && wr_pdf_pages_finish(&ctx) == WR_OK &&
        wr_pdf_nav_finish(&ctx) == WR_OK && wr_pdf_toc_finish(&ctx) == WR_OK &&
        structure_finish(&ctx) == WR_OK && wr_pdf_archive_prepare(&ctx, markdown ? markdown : "", len) == WR_OK)
        save(&ctx, path);
    if (ctx.failure.status == WR_OK && ctx.record &&
        !wr_pdf_record_write(ctx.record, opts->layout_record, ctx.npages, WR_PDF_A4_H, WR_PDF_BODY_TOP,
                             WR_PDF_MARGIN_BOTTOM))
        wr_first_error_set(&ctx.failure, WR_ERR_OUTPUT, "%s kan niet worden geschreven.", opts->layout_record);

    wr_status status = ctx.failure.status;
    wr_pdf_record_clear(&record);
    wr_numbering_clear(&ctx.numbers);
    if (doc)
        cmark_node_free(doc); /* unlike the other frees, it rejects NULL */
    wr_pdf_nav_free(&ctx);
    wr_pdf_hyphenator_free(ctx.own_hyph);
    wr_pdf_fonts_free(ctx.fonts);
    wr_pdf_tags_free(ctx.tags);
    free(ctx.pages);
    HPDF_Free(ctx.doc);
    return status;
}
