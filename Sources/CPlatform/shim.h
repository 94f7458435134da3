#ifndef EMULATION_REVIEW_PLATFORM_SHIM_H
#define EMULATION_REVIEW_PLATFORM_SHIM_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

/* Atomically swaps two paths (Linux renameat2 with RENAME_EXCHANGE): the published report folder is replaced
 * by the new one in one step, so no reader and no crash ever sees it missing or half-written.
 * Returns 0, or -1 with errno set (EINVAL where the file system cannot exchange). */
static inline int er_exchange_paths(const char *a, const char *b) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#else
    (void)a; (void)b;
    errno = ENOSYS;
    return -1;
#endif
}

#endif
