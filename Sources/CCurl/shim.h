#ifndef EMULATION_REVIEW_CURL_SHIM_H
#define EMULATION_REVIEW_CURL_SHIM_H

#include <curl/curl.h>

/* curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call: each kind of argument the
 * mailer passes gets a typed wrapper here. Everything is `static inline`: no separate C target. */

/* CURL_GLOBAL_DEFAULT is a compound macro Swift does not import. */
static inline CURLcode er_curl_global_init(void) {
    return curl_global_init(CURL_GLOBAL_DEFAULT);
}

/* CURLVERSION_NOW is a macro naming an enum constant: wrapped for the same reason. */
static inline const curl_version_info_data *er_curl_version(void) {
    return curl_version_info(CURLVERSION_NOW);
}

static inline CURLcode er_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode er_curl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode er_curl_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *list) {
    return curl_easy_setopt(handle, option, list);
}

static inline CURLcode er_curl_setopt_mime(CURL *handle, CURLoption option, curl_mime *mime) {
    return curl_easy_setopt(handle, option, mime);
}

/* For CURLOPT_ERRORBUFFER and the *DATA options that hand a pointer back to a callback. */
static inline CURLcode er_curl_setopt_pointer(CURL *handle, CURLoption option, void *pointer) {
    return curl_easy_setopt(handle, option, pointer);
}

/* For CURLOPT_HEADERFUNCTION (through which SMTP delivers every server reply line) and CURLOPT_WRITEFUNCTION. */
static inline CURLcode er_curl_setopt_write_callback(CURL *handle, CURLoption option, curl_write_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}

static inline CURLcode er_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

#endif
