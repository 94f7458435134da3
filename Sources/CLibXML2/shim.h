#ifndef EMULATION_REVIEW_LIBXML2_SHIM_H
#define EMULATION_REVIEW_LIBXML2_SHIM_H

#include <string.h>
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its ICU headers clash with the copy inside Foundation. The project never
 * touches the ICU members of xmlCharEncodingHandler, so the ICU part of libxml2's headers is left out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>

/* Swift 6 cannot touch libxml2's mutable C globals nor call variadic functions, so the few pieces the
 * project needs are wrapped here. Everything is `static inline`: no separate C target. */

/* Silences libxml2's default printing to stderr on the calling thread (its error globals are per thread). */
static inline void er_ignore_generic(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

static inline void er_init(void) {
    xmlInitParser();
    xmlSchemaInitTypes();
}

/* Routes every structured error raised on this thread (parser and schema) to `handler` with `sink`. */
static inline void er_set_thread_error_sink(void *sink, xmlStructuredErrorFunc handler) {
    xmlSetGenericErrorFunc(NULL, er_ignore_generic);
    xmlSetStructuredErrorFunc(sink, handler);
}

static inline void er_clear_thread_error_sink(void) {
    xmlSetStructuredErrorFunc(NULL, NULL);
}

/* Compiles a schema from a file path (so xs:include resolves beside it). Errors go to `handler`. */
static inline xmlSchemaPtr er_compile_schema(const char *path, void *sink, xmlStructuredErrorFunc handler) {
    xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewParserCtxt(path);
    if (pctxt == NULL) return NULL;
    xmlSchemaSetParserStructuredErrors(pctxt, handler, sink);
    xmlSchemaPtr schema = xmlSchemaParse(pctxt);
    xmlSchemaFreeParserCtxt(pctxt);
    return schema;
}

/* The outcome of one parse. */
typedef struct {
    int created;     /* 0 when libxml2 could not even create a parser context */
    int wellFormed;
    int errNo;       /* the parser's last error number, 0 when none */
    int schemaValid; /* 1 when a schema was plugged and reported no error */
} er_parse_result;

/* Parses `len` bytes from memory in one pass: the caller's SAX2 handler receives the events while, when
 * `schema` is not NULL, the compiled schema validates the same stream (xmlSchemaSAXPlug). No tree is built.
 * Options are safe for untrusted input: no network, no entity substitution, no DTD loading, no HUGE.
 * `ctxt_out` receives the parser context for the duration of the parse so callbacks can stop it. */
static inline er_parse_result er_parse_memory(const char *buf, int len,
                                              const xmlSAXHandler *handler, void *user,
                                              xmlSchemaPtr schema, void *sink,
                                              xmlStructuredErrorFunc on_error,
                                              xmlParserCtxtPtr *ctxt_out) {
    er_parse_result r = {0, 0, 0, 0};
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(buf, len);
    if (ctxt == NULL) return r;
    r.created = 1;
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA);
    memcpy(ctxt->sax, handler, sizeof(xmlSAXHandler));
    ctxt->userData = user;
    ctxt->_private = user;
    *ctxt_out = ctxt;

    xmlSchemaValidCtxtPtr vctxt = NULL;
    xmlSchemaSAXPlugPtr plug = NULL;
    if (schema != NULL) {
        vctxt = xmlSchemaNewValidCtxt(schema);
        if (vctxt != NULL) {
            xmlSchemaSetValidStructuredErrors(vctxt, on_error, sink);
            plug = xmlSchemaSAXPlug(vctxt, &ctxt->sax, &ctxt->userData);
        }
    }
    xmlParseDocument(ctxt);
    if (plug != NULL) xmlSchemaSAXUnplug(plug);
    r.wellFormed = ctxt->wellFormed;
    r.errNo = ctxt->errNo;
    if (vctxt != NULL) {
        r.schemaValid = xmlSchemaIsValid(vctxt) == 1;
        xmlSchemaFreeValidCtxt(vctxt);
    }
    *ctxt_out = NULL;
    xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = NULL;
    xmlFreeParserCtxt(ctxt);
    return r;
}

static inline void er_stop_parser(xmlParserCtxtPtr ctxt) {
    if (ctxt != NULL) xmlStopParser(ctxt);
}

static inline int er_parser_line(xmlParserCtxtPtr ctxt) {
    return ctxt != NULL ? xmlSAX2GetLineNumber(ctxt) : 0;
}

static inline int er_parser_column(xmlParserCtxtPtr ctxt) {
    return ctxt != NULL ? xmlSAX2GetColumnNumber(ctxt) : 0;
}

static inline const char *er_libxml_version(void) {
    return LIBXML_DOTTED_VERSION;
}

#endif
