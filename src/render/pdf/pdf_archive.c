/* Archiving: what turns libharu's output into PDF/A-1a or -2a (level b when untagged) and
 * identifies it as PDF/UA-1 when tagged, without the clock.
 *
 * libharu 2.3.0's HPDF_PDFA_SetPDFAConformance is not used: it writes the trailer ID
 * from ctime(), names the metadata subtype "SubType" and its output-intent helper writes
 * the key "DestOutputProfile " (with a space). So the XMP packet, the output intent and
 * the ID are built here with libharu's object API, and the dates come from the options.
 *
 * libharu also gives each font a ToUnicode stream that holds its encoding CMap (CID
 * ranges, which text extraction rejects); it is replaced by a real Unicode map. */
#include "render/pdf/pdf_archive.h"

#include <hpdf_doc.h>
#include <hpdf_encrypt.h>
#include <hpdf_font.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"

#define MAX_ICC (4u << 20)

static const char *info(wr_pdf_ctx *ctx, HPDF_InfoType type)
{
    const char *v = HPDF_GetInfoAttr(ctx->doc, type);
    return v ? v : "";
}

static void xml_text(wr_strbuf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': wr_strbuf_puts(b, "&lt;"); break;
        case '>': wr_strbuf_puts(b, "&gt;"); break;
        case '&': wr_strbuf_puts(b, "&amp;"); break;
        case '"': wr_strbuf_puts(b, "&quot;"); break;
        default: wr_strbuf_append(b, s, 1); break;
        }
    }
}

static void xml_prop(wr_strbuf *b, const char *open, const char *value, const char *close)
{
    wr_strbuf_puts(b, open);
    xml_text(b, value);
    wr_strbuf_puts(b, close);
}

/* The document ID: an MD5 of everything that determines the content, never the time. */
static void document_id(wr_pdf_ctx *ctx, const char *markdown, size_t len, HPDF_BYTE id[16])
{
    const wr_pdf_options *o = ctx->opts;
    const char *fields[] = {o->title, o->author, o->subject, o->keywords, o->header_text,
                            o->icc_profile ? (o->pdfa_part == 2 ? "PDF/A-2" : "PDF/A-1") : "", ctx->tags ? "PDF/UA-1" : "",
                            "wijkrapport-pdf-2"};
    char date[32];
    HPDF_MD5_CTX md5;
    HPDF_MD5Init(&md5);
    HPDF_MD5Update(&md5, (const HPDF_BYTE *)markdown, (HPDF_UINT32)len);
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        const char *f = fields[i] ? fields[i] : "";
        HPDF_MD5Update(&md5, (const HPDF_BYTE *)f, (HPDF_UINT32)strlen(f) + 1);
    }
    snprintf(date, sizeof date, "%04d-%02d-%02d %d", o->date_year, o->date_month, o->date_day,
             o->draft);
    HPDF_MD5Update(&md5, (const HPDF_BYTE *)date, (HPDF_UINT32)strlen(date));
    HPDF_MD5Final(id, &md5);
}

/* PDF/A-1 accepts only the XMP schemas it predefines, and others it is told about:
 * the PDF/UA identification is described here (ISO 14289-1, 5). */
#define PDFUA_EXTENSION_SCHEMA                                                                    \
    "<rdf:Description rdf:about=\"\"\n"                                                           \
    "  xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"                          \
    "  xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"                                \
    "  xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"                           \
    "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"                        \
    "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"              \
    "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"       \
    "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"                                            \
    "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"                          \
    "<pdfaProperty:name>part</pdfaProperty:name>\n"                                               \
    "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"                                  \
    "<pdfaProperty:category>internal</pdfaProperty:category>\n"                                   \
    "<pdfaProperty:description>Part of ISO 14289 followed</pdfaProperty:description>\n"           \
    "</rdf:li></rdf:Seq></pdfaSchema:property>\n"                                                 \
    "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"                                               \
    "</rdf:Description>\n"

static char *xmp_packet(wr_pdf_ctx *ctx, const HPDF_BYTE id[16])
{
    const wr_pdf_options *o = ctx->opts;
    char date[40], uuid[48];
    snprintf(date, sizeof date, "%04d-%02d-%02dT00:00:00+00:00", o->date_year, o->date_month,
             o->date_day);
    snprintf(uuid, sizeof uuid,
             "uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", id[0],
             id[1], id[2], id[3], id[4], id[5], id[6], id[7], id[8], id[9], id[10], id[11], id[12],
             id[13], id[14], id[15]);
    wr_strbuf b = {0};
    wr_strbuf_puts(&b, "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "<rdf:Description rdf:about=\"\"\n"
                       "  xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                       "  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                       "  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                       "  xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"");
    if (o->icc_profile)
        wr_strbuf_puts(&b, "\n  xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
    if (ctx->tags)
        wr_strbuf_puts(&b, "\n  xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"");
    wr_strbuf_puts(&b, ">\n<dc:format>application/pdf</dc:format>\n");
    xml_prop(&b, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">", info(ctx, HPDF_INFO_TITLE),
             "</rdf:li></rdf:Alt></dc:title>\n");
    xml_prop(&b, "<dc:creator><rdf:Seq><rdf:li>", info(ctx, HPDF_INFO_AUTHOR),
             "</rdf:li></rdf:Seq></dc:creator>\n");
    xml_prop(&b, "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">",
             info(ctx, HPDF_INFO_SUBJECT), "</rdf:li></rdf:Alt></dc:description>\n");
    wr_strbuf_puts(&b, "<dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag></dc:language>\n");
    xml_prop(&b, "<pdf:Keywords>", info(ctx, HPDF_INFO_KEYWORDS), "</pdf:Keywords>\n");
    xml_prop(&b, "<pdf:Producer>", info(ctx, HPDF_INFO_PRODUCER), "</pdf:Producer>\n");
    xml_prop(&b, "<xmp:CreatorTool>", info(ctx, HPDF_INFO_CREATOR), "</xmp:CreatorTool>\n");
    xml_prop(&b, "<xmp:CreateDate>", date, "</xmp:CreateDate>\n");
    xml_prop(&b, "<xmp:ModifyDate>", date, "</xmp:ModifyDate>\n");
    xml_prop(&b, "<xmp:MetadataDate>", date, "</xmp:MetadataDate>\n");
    xml_prop(&b, "<xmpMM:DocumentID>", uuid, "</xmpMM:DocumentID>\n");
    if (o->icc_profile)
        wr_strbuf_puts(&b, o->pdfa_part == 2 ? "<pdfaid:part>2</pdfaid:part>\n" : "<pdfaid:part>1</pdfaid:part>\n");
    if (o->icc_profile)
        wr_strbuf_puts(&b, ctx->tags ? "<pdfaid:conformance>A</pdfaid:conformance>\n"
                                     : "<pdfaid:conformance>B</pdfaid:conformance>\n");
    if (ctx->tags)
        wr_strbuf_puts(&b, "<pdfuaid:part>1</pdfuaid:part>\n");
    wr_strbuf_puts(&b, "</rdf:Description>\n");
    if (ctx->tags && o->icc_profile)
        wr_strbuf_puts(&b, PDFUA_EXTENSION_SCHEMA);
    wr_strbuf_puts(&b, "</rdf:RDF>\n</x:xmpmeta>\n");
    /* Room to edit the packet in place, as the XMP specification recommends. */
    for (int i = 0; i < 20; i++)
        wr_strbuf_puts(&b, "                                                                   "
                           "                                \n");
    wr_strbuf_puts(&b, "<?xpacket end=\"w\"?>");
    return wr_strbuf_take(&b);
}

static wr_status metadata(wr_pdf_ctx *ctx, const HPDF_BYTE id[16])
{
    HPDF_Doc pdf = ctx->doc;
    char *xmp = xmp_packet(ctx, id);
    if (!xmp)
        return wr_pdf_ctx_nomem(ctx);
    HPDF_Dict meta = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (meta) {
        HPDF_Dict_AddName(meta, "Type", "Metadata");
        HPDF_Dict_AddName(meta, "Subtype", "XML");
        meta->filter = HPDF_STREAM_FILTER_NONE; /* PDF/A: metadata stays readable */
        HPDF_Stream_Write(meta->stream, (const HPDF_BYTE *)xmp, (HPDF_UINT)strlen(xmp));
        HPDF_Dict_Add(pdf->catalog, "Metadata", meta);
    }
    free(xmp);
    return wr_pdf_ctx_check(ctx);
}

static wr_status output_intent(wr_pdf_ctx *ctx)
{
    const char *path = ctx->opts->icc_profile;
    FILE *f = fopen(path, "rb");
    if (!f)
        return wr_first_error_set(&ctx->failure, WR_ERR_CONFIG,
                                  "kleurprofiel '%s' ontbreekt of is niet leesbaar", path);
    long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    rewind(f);
    size_t cap = size > 0 && size < (long)MAX_ICC ? (size_t)size : 0;
    unsigned char *data = cap ? malloc(cap) : NULL;
    size_t n = data ? fread(data, 1, cap, f) : 0;
    fclose(f);
    if (cap && !data)
        return wr_pdf_ctx_nomem(ctx);
    /* An ICC profile says "acsp" at byte 36; colour space 'RGB ' at byte 16. */
    if (n < 128 || n != cap || memcmp(data + 36, "acsp", 4) != 0 ||
        memcmp(data + 16, "RGB ", 4) != 0) {
        free(data);
        return wr_first_error_set(&ctx->failure, WR_ERR_CONFIG,
                                  "'%s' is geen RGB-kleurprofiel (ICC)", path);
    }
    HPDF_Doc pdf = ctx->doc;
    HPDF_Dict icc = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    HPDF_Dict intent = HPDF_Dict_New(pdf->mmgr);
    HPDF_Array list = HPDF_Array_New(pdf->mmgr);
    if (icc && intent && list && HPDF_Xref_Add(pdf->xref, intent) == HPDF_OK) {
        HPDF_Dict_AddNumber(icc, "N", 3);
        icc->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
        HPDF_Stream_Write(icc->stream, data, (HPDF_UINT)n);
        const char *name = "sRGB IEC61966-2.1";
        HPDF_Dict_AddName(intent, "Type", "OutputIntent");
        HPDF_Dict_AddName(intent, "S", "GTS_PDFA1");
        HPDF_Dict_Add(intent, "OutputConditionIdentifier", HPDF_String_New(pdf->mmgr, name, NULL));
        HPDF_Dict_Add(intent, "Info", HPDF_String_New(pdf->mmgr, name, NULL));
        HPDF_Dict_Add(intent, "RegistryName",
                      HPDF_String_New(pdf->mmgr, "http://www.color.org", NULL));
        HPDF_Dict_Add(intent, "DestOutputProfile", icc);
        HPDF_Array_Add(list, intent);
        HPDF_Dict_Add(pdf->catalog, "OutputIntents", list);
    }
    free(data);
    return wr_pdf_ctx_check(ctx);
}

/* Rewrites the ToUnicode stream of font: codes are Unicode code points (libharu's UTF-8
 * encoder with Identity-H), so every 256-code row maps onto itself. */
static void to_unicode(HPDF_Font font)
{
    HPDF_Dict cmap = ((HPDF_FontAttr)font->attr)->cmap_stream;
    if (!cmap || !cmap->stream)
        return;
    HPDF_Stream s = cmap->stream;
    const char *const drop[] = {"Type", "CMapName", "CIDSystemInfo", "WMode"};
    for (size_t i = 0; i < sizeof drop / sizeof drop[0]; i++)
        HPDF_Dict_RemoveElement(cmap, drop[i]);
    HPDF_MemStream_FreeData(s);
    HPDF_Stream_WriteStr(s, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> "
                            "def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    int rows[256], n = 0;
    for (int hi = 0; hi < 256; hi++)
        if (hi < 0xD8 || hi > 0xDF) /* surrogates are no characters */
            rows[n++] = hi;
    for (int i = 0; i < n; i += 100) {
        int count = n - i < 100 ? n - i : 100;
        char line[64];
        snprintf(line, sizeof line, "%d beginbfrange\n", count);
        HPDF_Stream_WriteStr(s, line);
        for (int k = i; k < i + count; k++) {
            snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", rows[k], rows[k], rows[k]);
            HPDF_Stream_WriteStr(s, line);
        }
        HPDF_Stream_WriteStr(s, "endbfrange\n");
    }
    HPDF_Stream_WriteStr(s, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
}

/* PDF/A-1 (ISO 19005-1, 6.3.5) asks for a CIDSet in the descriptor of every CIDFont
 * subset, and PDF/UA-1 (7.21.4.2) asks that it name every CID the font program holds.
 * libharu writes none, and makes the descriptor only while saving. So its own
 * before-write step runs here, once all text is drawn: it embeds the glyphs used so far,
 * and the second call while saving finds the descriptor made and only repeats two names.
 * Every CID below the length of libharu's CIDToGIDMap maps to a glyph of the program
 * (an unused one to .notdef, glyph 0); that is the set, as veraPDF reads it. */
static bool cid_set(HPDF_Doc pdf, HPDF_Font font)
{
    HPDF_FontAttr attr = font ? (HPDF_FontAttr)font->attr : NULL;
    if (!attr || !attr->map_stream || !font->before_write_fn)
        return true; /* not an embedded CIDFont */
    if (font->before_write_fn(font) != HPDF_OK || !attr->fontdef->descriptor)
        return false;
    HPDF_Dict descriptor = attr->fontdef->descriptor;
    if (HPDF_Dict_GetItem(descriptor, "CIDSet", HPDF_OCLASS_DICT))
        return true; /* a face used twice shares its descriptor */
    HPDF_UINT32 cids = HPDF_Stream_Size(attr->map_stream->stream) / 2;
    HPDF_Dict set = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (!set || HPDF_Dict_Add(descriptor, "CIDSet", set) != HPDF_OK)
        return false;
    set->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    HPDF_BYTE bits[256];
    memset(bits, 0xFF, sizeof bits);
    for (HPDF_UINT32 done = 0; done < cids / 8;) {
        HPDF_UINT32 n = cids / 8 - done < sizeof bits ? cids / 8 - done : (HPDF_UINT32)sizeof bits;
        if (HPDF_Stream_Write(set->stream, bits, n) != HPDF_OK)
            return false;
        done += n;
    }
    if (cids % 8) { /* the first bit is CID 0: big-endian within each byte */
        HPDF_BYTE last = (HPDF_BYTE)(0xFF << (8 - cids % 8));
        if (HPDF_Stream_Write(set->stream, &last, 1) != HPDF_OK)
            return false;
    }
    return true;
}

static void catalog_extras(wr_pdf_ctx *ctx)
{
    HPDF_Doc pdf = ctx->doc;
    HPDF_Dict_Add(pdf->catalog, "Lang", HPDF_String_New(pdf->mmgr, "nl-NL", NULL));
    HPDF_Dict prefs = HPDF_Dict_New(pdf->mmgr);
    if (prefs) {
        /* Viewers show the title rather than the file name. */
        HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE);
        HPDF_Dict_Add(pdf->catalog, "ViewerPreferences", prefs);
    }
}

/* Dates as "D:YYYYMMDDHHmmSS+00'00'", the same instant as in the XMP. */
static void info_dates(wr_pdf_ctx *ctx)
{
    const wr_pdf_options *o = ctx->opts;
    char date[40];
    snprintf(date, sizeof date, "D:%04d%02d%02d000000+00'00'", o->date_year, o->date_month,
             o->date_day);
    HPDF_Dict_Add(ctx->doc->info, "CreationDate", HPDF_String_New(ctx->doc->mmgr, date, NULL));
    HPDF_Dict_Add(ctx->doc->info, "ModDate", HPDF_String_New(ctx->doc->mmgr, date, NULL));
}

wr_status wr_pdf_archive_prepare(wr_pdf_ctx *ctx, const char *markdown, size_t len)
{
    if (ctx->failure.status != WR_OK)
        return ctx->failure.status;
    HPDF_Doc pdf = ctx->doc;
    HPDF_BYTE id[16];
    document_id(ctx, markdown, len, id);
    for (int face = 0; face < WR_PDF_FACE_COUNT; face++)
        if (wr_pdf_fonts_made(ctx->fonts, (wr_pdf_face)face))
            to_unicode(wr_pdf_fonts_made(ctx->fonts, (wr_pdf_face)face));
    if (wr_pdf_fonts_fallback(ctx->fonts)) {
        wr_pdf_fonts_finish(ctx->fonts);
        to_unicode(wr_pdf_fonts_fallback(ctx->fonts));
    }
    bool sets = true;
    for (int face = 0; face < WR_PDF_FACE_COUNT && sets; face++)
        sets = cid_set(pdf, wr_pdf_fonts_made(ctx->fonts, (wr_pdf_face)face));
    sets = sets && cid_set(pdf, wr_pdf_fonts_fallback(ctx->fonts));
    if (!sets)
        return wr_pdf_ctx_check(ctx) != WR_OK ? ctx->failure.status : wr_pdf_ctx_nomem(ctx);
    if (pdf->info)
        info_dates(ctx);
    catalog_extras(ctx);
    if (metadata(ctx, id) != WR_OK)
        return ctx->failure.status;
    if (ctx->opts->icc_profile && output_intent(ctx) != WR_OK)
        return ctx->failure.status;
    HPDF_Array ids = HPDF_Array_New(pdf->mmgr);
    if (ids && HPDF_Dict_Add(pdf->trailer, "ID", ids) == HPDF_OK) {
        HPDF_Array_Add(ids, HPDF_Binary_New(pdf->mmgr, id, sizeof id));
        HPDF_Array_Add(ids, HPDF_Binary_New(pdf->mmgr, id, sizeof id));
    }
    /* PDF/A-1 is PDF 1.4; libharu would write 1.3. */
    pdf->pdf_version = HPDF_VER_14;
    return wr_pdf_ctx_check(ctx);
}
