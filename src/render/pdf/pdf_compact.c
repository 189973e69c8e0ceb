#include "render/pdf/pdf_compact.h"

#include <qpdf/qpdf-c.h>

wr_status wr_pdf_write_compact(const unsigned char *pdf, size_t len, const char *path, wr_error *err)
{
    qpdf_data q = qpdf_init();
    if (!q)
        return wr_error_set(err, WR_ERR_NOMEM, "onvoldoende geheugen om %s te schrijven", path);
    qpdf_silence_errors(q);
    qpdf_set_suppress_warnings(q, QPDF_TRUE);
    if (qpdf_read_memory(q, path, (const char *)pdf, (unsigned long long)len, NULL) == QPDF_SUCCESS &&
        qpdf_init_write(q, path) == QPDF_SUCCESS) {
        qpdf_set_object_stream_mode(q, qpdf_o_generate);
        qpdf_set_stream_data_mode(q, qpdf_s_preserve);
        qpdf_set_compress_streams(q, QPDF_FALSE);
        qpdf_set_deterministic_ID(q, QPDF_TRUE);
        qpdf_write(q);
    }
    wr_status st = WR_OK;
    if (qpdf_has_error(q)) {
        /* qpdf's own words name the object; the sentence around them is ours. */
        st = wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven (qpdf: %s).", path,
                          qpdf_get_error_full_text(q, qpdf_get_error(q)));
    }
    qpdf_cleanup(&q);
    return st;
}
