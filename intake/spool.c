/*
 * spool.c: the drop folder, the claim by rename(), and the moves to the
 * archive and quarantine (see spool.h for the folders and their names).
 *
 * Durability: a claim is made durable (fsync of both folders) before the
 * file is read, because a claim lost in a power cut would bring the file
 * back to spool/ under a new receive time and record it twice; the commit
 * marker is made durable before the store commit for the same reason.  The
 * moves after the commit need no such care: if one is lost, the file is
 * found in processing/ with its marker, and the store says it was done.
 */
#include "spool.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

/* The claim id: YYYYMMDDTHHMMSS.uuuuuuZ, then '~' and the dropped name. */
enum { ID_LEN = 23, SIDECAR_MAX = 64 * 1024, MARK_MAX = 8192 };

typedef struct candidate {
    char *name;
    off_t size;
    struct timespec mtime;
    double stable_since;   /* monotonic time its size or mtime last changed */
    int moved_in;          /* renamed into the folder: complete by convention */
    int present;           /* seen by the scan in progress */
    int skip;              /* a claim failed: leave it until it changes */
    int said;              /* "waiting" already logged for this state */
} candidate;

struct fi_spool {
    char *spool, *processing, *archive, *quarantine;
    int spool_fd;          /* the folders, opened once: renames are relative */
    int proc_fd;
    int lock_fd;           /* processing/.lock, flock()ed while we run */
    int ino_fd;            /* inotify, or -1 when polling */
    int polling;
    int trust_mtime;       /* local filesystem: an old mtime means stable */
    char desc[48];
    double quiet, rescan, poll;
    double next_scan;      /* monotonic time of the next full scan */
    candidate *cands;
    size_t ncands, cap;
    long long last_id_us;  /* last claim id, so two claims never share one */
};

static double now_mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *join(const char *a, const char *b)
{
    size_t len = strlen(a) + strlen(b) + 2;
    char *p = malloc(len);
    if (p)
        snprintf(p, len, "%s/%s", a, b);
    return p;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

int fi_spool_ignored_name(const char *name)
{
    static const char *const temp_suffixes[] = {
        ".part", ".partial", ".filepart", ".tmp", ".temp", ".crdownload", ".lck", "~",
    };
    if (name[0] == '.' || name[0] == '\0')
        return 1;
    for (size_t i = 0; i < sizeof temp_suffixes / sizeof *temp_suffixes; i++)
        if (ends_with(name, temp_suffixes[i]))
            return 1;
    return 0;
}

/* Sidecars are never documents: they travel with one. */
static int is_sidecar_name(const char *name)
{
    return ends_with(name, ".json");
}

static int is_id(const char *s)
{
    for (int i = 0; i < ID_LEN; i++) {
        char c = s[i];
        int ok = (i == 8) ? c == 'T' : (i == 15) ? c == '.' : (i == 22) ? c == 'Z'
                                                                        : isdigit((unsigned char)c);
        if (!ok)
            return 0;
    }
    return 1;
}

/* processing/ID~NAME: 1 and the parts when name has that form. */
static int parse_claimed(const char *name, char id[ID_LEN + 1], const char **dropped)
{
    if (strlen(name) < ID_LEN + 2 || name[ID_LEN] != '~' || !is_id(name))
        return 0;
    memcpy(id, name, ID_LEN);
    id[ID_LEN] = '\0';
    *dropped = name + ID_LEN + 1;
    return 1;
}

static char *received_at_of(const char *id)
{
    /* 20240318T101500.123456Z -> 2024-03-18T10:15:00.123456Z */
    return fi_errf("%.4s-%.2s-%.2sT%.2s:%.2s:%.2s%.8s", id, id + 4, id + 6, id + 9, id + 11,
                   id + 13, id + 15);
}

void fi_claim_free(fi_claim *claim)
{
    if (!claim)
        return;
    free(claim->id);
    free(claim->received_at);
    free(claim->name);
    free(claim->path);
    free(claim->sidecar);
    free(claim);
}

static fi_claim *claim_new(fi_spool *sp, const char *id, const char *name, const char *sidecar)
{
    fi_claim *c = calloc(1, sizeof *c);
    char *file = fi_intake_strf("%s~%s", id, name);
    if (!c || !file)
        goto fail;
    c->id = strdup(id);
    c->received_at = received_at_of(id);
    c->name = strdup(name);
    c->path = join(sp->processing, file);
    if (sidecar) {
        char *sfile = fi_intake_strf("%s~%s", id, sidecar);
        c->sidecar = sfile ? join(sp->processing, sfile) : NULL;
        free(sfile);
        if (!c->sidecar)
            goto fail;
    }
    if (!c->id || !c->received_at || !c->name || !c->path)
        goto fail;
    free(file);
    return c;
fail:
    free(file);
    fi_claim_free(c);
    return NULL;
}

/* ---- opening ---- */

static int make_dirs(const char *path, mode_t mode, char **err)
{
    char *copy = strdup(path);
    if (!copy) {
        *err = fi_errf("out of memory");
        return -1;
    }
    for (char *p = copy + 1;; p++) {
        if (*p != '/' && *p != '\0')
            continue;
        char saved = *p;
        *p = '\0';
        if (mkdir(copy, mode) != 0 && errno != EEXIST) {
            *err = fi_errf("cannot create the folder %s: %s", copy, strerror(errno));
            free(copy);
            return -1;
        }
        *p = saved;
        if (!saved)
            break;
    }
    free(copy);
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        *err = fi_errf("%s is not a folder", path);
        return -1;
    }
    return 0;
}

/* Network filesystems where inotify sees only local changes. */
static const char *network_fs_name(long type)
{
    switch ((unsigned long)type) {
    case 0x6969UL: return "nfs";
    case 0x517BUL: return "smb";
    case 0xFF534D42UL: return "cifs";
    case 0xFE534D42UL: return "smb2";
    case 0x65735546UL: return "fuse";
    case 0x01021997UL: return "9p";
    case 0x5346414FUL: return "afs";
    case 0x00C36400UL: return "ceph";
    case 0x01161970UL: return "gfs2";
    case 0x7461636fUL: return "ocfs2";
    default: return NULL;
    }
}

static int take_lock(fi_spool *sp, char **err)
{
    char *path = join(sp->processing, ".lock");
    int rc = -1;
    if (!path) {
        *err = fi_errf("out of memory");
        return -1;
    }
    sp->lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (sp->lock_fd < 0) {
        *err = fi_errf("cannot open the lock file %s: %s", path, strerror(errno));
        goto cleanup;
    }
    if (flock(sp->lock_fd, LOCK_EX | LOCK_NB) != 0) {
        char buf[32] = "";
        ssize_t n = pread(sp->lock_fd, buf, sizeof buf - 1, 0);
        buf[n > 0 ? n : 0] = '\0';
        buf[strcspn(buf, "\n")] = '\0';
        *err = fi_errf("another faxintake run (pid %s) is using %s; stop it first, or give "
                       "this one other folders", buf[0] ? buf : "?", sp->processing);
        goto cleanup;
    }
    char pid[32];
    int len = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
    if (ftruncate(sp->lock_fd, 0) != 0 || pwrite(sp->lock_fd, pid, (size_t)len, 0) != len) {
        *err = fi_errf("cannot write the lock file %s: %s", path, strerror(errno));
        goto cleanup;
    }
    rc = 0;
cleanup:
    free(path);
    return rc;
}

static int start_watch(fi_spool *sp, fi_watch_mode mode, char **err)
{
    struct statfs fs;
    const char *net = statfs(sp->spool, &fs) == 0 ? network_fs_name((long)fs.f_type) : NULL;
    sp->trust_mtime = net == NULL;
    if (mode == FI_WATCH_POLL || (mode == FI_WATCH_AUTO && net)) {
        sp->polling = 1;
        snprintf(sp->desc, sizeof sp->desc, "poll every %gs%s%s%s", sp->poll, net ? " (" : "",
                 net ? net : "", net ? ")" : "");
        return 0;
    }
    sp->ino_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (sp->ino_fd < 0 || inotify_add_watch(sp->ino_fd, sp->spool,
                                            IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE_SELF |
                                                IN_MOVE_SELF | IN_ONLYDIR) < 0) {
        *err = fi_errf("cannot watch %s with inotify (%s); set watch = poll, or raise "
                       "fs.inotify.max_user_watches/max_user_instances",
                       sp->spool, strerror(errno));
        return -1;
    }
    snprintf(sp->desc, sizeof sp->desc, "inotify, rescan every %gs", sp->rescan);
    return 0;
}

int fi_spool_open(fi_spool **out, const fi_intake_config *cfg, char **err)
{
    *out = NULL;
    fi_spool *sp = calloc(1, sizeof *sp);
    if (!sp) {
        *err = fi_errf("out of memory");
        return -1;
    }
    sp->spool_fd = sp->proc_fd = sp->lock_fd = sp->ino_fd = -1;
    sp->spool = strdup(cfg->spool);
    sp->processing = strdup(cfg->processing);
    sp->archive = strdup(cfg->archive);
    sp->quarantine = strdup(cfg->quarantine);
    if (!sp->spool || !sp->processing || !sp->archive || !sp->quarantine) {
        *err = fi_errf("out of memory");
        goto fail;
    }
    fi_spool_set_timing(sp, cfg);
    /* The fax server's user must be able to write the spool; what leaves
     * it holds patient data and is for us alone. */
    if (make_dirs(sp->spool, 0770, err) || make_dirs(sp->processing, 0700, err) ||
        make_dirs(sp->archive, 0750, err) || make_dirs(sp->quarantine, 0750, err))
        goto fail;
    sp->spool_fd = open(sp->spool, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    sp->proc_fd = open(sp->processing, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (sp->spool_fd < 0 || sp->proc_fd < 0) {
        *err = fi_errf("cannot open %s: %s", sp->spool_fd < 0 ? sp->spool : sp->processing,
                       strerror(errno));
        goto fail;
    }
    struct stat a, b;
    if (fstat(sp->spool_fd, &a) == 0 && fstat(sp->proc_fd, &b) == 0 && a.st_dev != b.st_dev) {
        *err = fi_errf("processing folder %s is not on the filesystem of the spool %s: a claim "
                       "must be a single rename(); leave `processing` unset or put it beside "
                       "the spool", sp->processing, sp->spool);
        goto fail;
    }
    if (take_lock(sp, err) || start_watch(sp, cfg->watch, err))
        goto fail;
    *out = sp;
    return 0;
fail:
    fi_spool_close(sp);
    return -1;
}

void fi_spool_close(fi_spool *sp)
{
    if (!sp)
        return;
    for (size_t i = 0; i < sp->ncands; i++)
        free(sp->cands[i].name);
    free(sp->cands);
    if (sp->ino_fd >= 0)
        close(sp->ino_fd);
    if (sp->lock_fd >= 0)
        close(sp->lock_fd);  /* releases the flock */
    if (sp->spool_fd >= 0)
        close(sp->spool_fd);
    if (sp->proc_fd >= 0)
        close(sp->proc_fd);
    free(sp->spool);
    free(sp->processing);
    free(sp->archive);
    free(sp->quarantine);
    free(sp);
}

const char *fi_spool_watch_desc(const fi_spool *sp)
{
    return sp->desc;
}

void fi_spool_set_timing(fi_spool *sp, const fi_intake_config *cfg)
{
    sp->quiet = cfg->quiet_seconds;
    sp->rescan = cfg->rescan_seconds;
    sp->poll = cfg->poll_seconds;
    sp->next_scan = 0;  /* rescan now with the new settings */
}

int fi_spool_fd(const fi_spool *sp)
{
    return sp->polling ? -1 : sp->ino_fd;
}

/* ---- candidates ---- */

static candidate *find_cand(fi_spool *sp, const char *name)
{
    for (size_t i = 0; i < sp->ncands; i++)
        if (strcmp(sp->cands[i].name, name) == 0)
            return &sp->cands[i];
    return NULL;
}

static void drop_cand(fi_spool *sp, candidate *c)
{
    size_t i = (size_t)(c - sp->cands);
    free(c->name);
    memmove(c, c + 1, (sp->ncands - i - 1) * sizeof *c);
    sp->ncands--;
}

/* Records what a file looks like now; a change restarts its quiet time. */
static void touch_cand(fi_spool *sp, const char *name, const struct stat *st, int moved,
                       double now)
{
    candidate *c = find_cand(sp, name);
    if (!c) {
        if (sp->ncands == sp->cap) {
            size_t cap = sp->cap ? sp->cap * 2 : 64;
            candidate *n = realloc(sp->cands, cap * sizeof *n);
            if (!n)
                return;  /* seen again at the next scan */
            sp->cands = n;
            sp->cap = cap;
        }
        char *copy = strdup(name);
        if (!copy)
            return;
        c = &sp->cands[sp->ncands++];
        memset(c, 0, sizeof *c);
        c->name = copy;
        c->size = st->st_size;
        c->mtime = st->st_mtim;
        c->stable_since = now;
        /* Written and closed a while ago (a backlog found at start-up):
         * no need to wait again, but only where mtime and our clock come
         * from the same machine. */
        if (sp->trust_mtime) {
            struct timespec rt;
            clock_gettime(CLOCK_REALTIME, &rt);
            double age = (double)(rt.tv_sec - st->st_mtim.tv_sec) +
                         (double)(rt.tv_nsec - st->st_mtim.tv_nsec) / 1e9;
            if (age > sp->quiet)
                c->stable_since = now - sp->quiet;
        }
        c->moved_in = moved;
        c->present = 1;
        return;
    }
    c->present = 1;
    if (c->size != st->st_size || c->mtime.tv_sec != st->st_mtim.tv_sec ||
        c->mtime.tv_nsec != st->st_mtim.tv_nsec) {
        c->size = st->st_size;
        c->mtime = st->st_mtim;
        c->stable_since = now;
        c->skip = c->said = 0;
        c->moved_in = moved;
    } else if (moved) {
        c->moved_in = 1;
    }
}

/* Looks at one name in spool/: records it, or forgets it when gone. */
static void look_at(fi_spool *sp, const char *name, int moved, double now)
{
    if (fi_spool_ignored_name(name) || is_sidecar_name(name))
        return;
    struct stat st;
    if (fstatat(sp->spool_fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) {
        /* Gone, or a link, folder or device: never ours to read.  A link
         * could point a reader running as the daemon's user anywhere. */
        candidate *c = find_cand(sp, name);
        if (c)
            drop_cand(sp, c);
        return;
    }
    touch_cand(sp, name, &st, moved, now);
}

static int scan(fi_spool *sp, double now, char **err)
{
    int fd = dup(sp->spool_fd);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        *err = fi_errf("cannot list %s: %s", sp->spool, strerror(errno));
        return -1;
    }
    rewinddir(d);
    for (size_t i = 0; i < sp->ncands; i++)
        sp->cands[i].present = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        look_at(sp, e->d_name, 0, now);
    closedir(d);
    for (size_t i = sp->ncands; i-- > 0;)
        if (!sp->cands[i].present)
            drop_cand(sp, &sp->cands[i]);
    sp->next_scan = now + (sp->polling ? sp->poll : sp->rescan);
    return 0;
}

int fi_spool_read_events(fi_spool *sp, char **err)
{
    /* Aligned for struct inotify_event, as inotify(7) shows. */
    char buf[8192] __attribute__((aligned(__alignof__(struct inotify_event))));
    double now = now_mono();
    for (;;) {
        ssize_t n = read(sp->ino_fd, buf, sizeof buf);
        if (n <= 0) {
            if (n < 0 && errno == EINTR)
                continue;
            return 0;
        }
        for (char *p = buf; p < buf + n;) {
            const struct inotify_event *ev = (const struct inotify_event *)p;
            p += sizeof *ev + ev->len;
            if (ev->mask & IN_Q_OVERFLOW) {
                sp->next_scan = 0;  /* events were lost: look at everything */
            } else if (ev->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)) {
                sp->polling = 1;
                snprintf(sp->desc, sizeof sp->desc, "poll every %gs (watch lost)", sp->poll);
                *err = fi_errf("the spool %s was removed or moved; polling it from now on, "
                               "restart once it is back", sp->spool);
                return -1;
            } else if (ev->len) {
                look_at(sp, ev->name, (ev->mask & IN_MOVED_TO) != 0, now);
            }
        }
    }
}

/* A busy (locked or open) file is looked at again after this long. */
static double busy_retry(const fi_spool *sp)
{
    return sp->quiet > 1 ? sp->quiet : 1;
}

double fi_spool_timeout(const fi_spool *sp)
{
    double now = now_mono();
    double next = sp->next_scan - now;
    for (size_t i = 0; i < sp->ncands; i++) {
        const candidate *c = &sp->cands[i];
        double due = c->said      ? c->stable_since + busy_retry(sp) - now
                     : c->moved_in ? 0
                                   : c->stable_since + sp->quiet - now;
        if (!c->skip && due < next)
            next = due;
    }
    return next > 0 ? next : 0;
}

/* 1 when someone else still holds the file: a lock (flock, as HylaFAX's
 * faxgetty holds while receiving, or a POSIX lock) or, where the kernel
 * can tell us through a lease, an open for writing.  *why says which. */
static int busy(int fd, const char **why)
{
    if (flock(fd, LOCK_SH | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK) {
            *why = "locked by another process (flock); a fax server holds one while receiving";
            return 1;
        }
    } else {
        flock(fd, LOCK_UN);
    }
    struct flock fl = {.l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0};
    if (fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK) {
        *why = "locked by another process (POSIX lock)";
        return 1;
    }
    /* A read lease is refused (EAGAIN) while anyone has the file open for
     * writing.  Other errors (not the owner, a filesystem without leases)
     * only mean we cannot tell, and the quiet time has to do. */
    if (fcntl(fd, F_SETLEASE, F_RDLCK) == 0) {
        fcntl(fd, F_SETLEASE, F_UNLCK);
    } else if (errno == EAGAIN) {
        *why = "still open for writing by another process";
        return 1;
    }
    return 0;
}

static void next_id(fi_spool *sp, char id[ID_LEN + 1])
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    long long us = (long long)ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
    if (us <= sp->last_id_us)
        us = sp->last_id_us + 1;
    sp->last_id_us = us;
    time_t secs = (time_t)(us / 1000000LL);
    struct tm tm;
    gmtime_r(&secs, &tm);
    char day[16], buf[48];
    strftime(day, sizeof day, "%Y%m%dT%H%M%S", &tm);
    snprintf(buf, sizeof buf, "%s.%06dZ", day, (int)(us % 1000000LL));
    memcpy(id, buf, ID_LEN);  /* 15 + 1 + 6 + 1 characters */
    id[ID_LEN] = '\0';
}

/* Renames spool/from to processing/ID~from, never over an existing file. */
static int claim_rename(fi_spool *sp, const char *id, const char *from)
{
    char *to = fi_intake_strf("%s~%s", id, from);
    if (!to) {
        errno = ENOMEM;
        return -1;
    }
    int rc = renameat2(sp->spool_fd, from, sp->proc_fd, to, RENAME_NOREPLACE);
    if (rc != 0 && errno == EINVAL)  /* NFS and others lack the flag; the id is unique */
        rc = renameat(sp->spool_fd, from, sp->proc_fd, to);
    free(to);
    return rc;
}

/* NAME.json, else STEM.json, when it is a regular file in spool/. */
static char *find_sidecar(int dirfd, const char *name)
{
    char *cand[2] = {fi_intake_strf("%s.json", name), NULL};
    const char *dot = strrchr(name, '.');
    if (dot && dot != name)
        cand[1] = fi_intake_strf("%.*s.json", (int)(dot - name), name);
    char *found = NULL;
    for (int i = 0; i < 2 && !found; i++) {
        struct stat st;
        if (cand[i] && fstatat(dirfd, cand[i], &st, AT_SYMLINK_NOFOLLOW) == 0 &&
            S_ISREG(st.st_mode)) {
            found = cand[i];
            cand[i] = NULL;
        }
    }
    free(cand[0]);
    free(cand[1]);
    return found;
}

int fi_spool_claim_next(fi_spool *sp, fi_claim **out, fi_spool_wait_fn on_wait, void *ctx,
                        char **err)
{
    *out = NULL;
    double now = now_mono();
    if (now >= sp->next_scan && scan(sp, now, err))
        return -1;
    for (size_t i = 0; i < sp->ncands; i++) {
        candidate *c = &sp->cands[i];
        if (c->skip || (!c->moved_in && now - c->stable_since < sp->quiet))
            continue;
        if (c->said && now - c->stable_since < busy_retry(sp))
            continue;
        struct stat st;
        if (fstatat(sp->spool_fd, c->name, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
            !S_ISREG(st.st_mode)) {
            drop_cand(sp, c);
            i--;
            continue;
        }
        if (st.st_size != c->size || st.st_mtim.tv_sec != c->mtime.tv_sec ||
            st.st_mtim.tv_nsec != c->mtime.tv_nsec) {
            touch_cand(sp, c->name, &st, 0, now);
            continue;
        }
        int fd = openat(sp->spool_fd, c->name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            if (errno == ENOENT) {
                drop_cand(sp, c);
                i--;
            }
            continue;
        }
        const char *why = NULL;
        int held = busy(fd, &why);
        close(fd);
        if (held) {
            if (!c->said && on_wait)
                on_wait(ctx, c->name, why);
            c->said = 1;
            c->stable_since = now;  /* look again after a quiet period */
            continue;
        }
        char id[ID_LEN + 1];
        next_id(sp, id);
        if (claim_rename(sp, id, c->name) != 0) {
            int e = errno;
            if (e == ENOENT) {  /* taken or removed by someone else */
                drop_cand(sp, c);
                i--;
                continue;
            }
            c->skip = 1;
            *err = fi_errf("cannot claim %s/%s into %s: %s", sp->spool, c->name, sp->processing,
                           strerror(e));
            return -1;
        }
        char *sidecar = find_sidecar(sp->spool_fd, c->name);
        if (sidecar && claim_rename(sp, id, sidecar) != 0) {
            free(sidecar);  /* it stays in spool/; the document goes on without */
            sidecar = NULL;
        }
        /* Durable before the file is read: see the top of this file. */
        fsync(sp->proc_fd);
        fsync(sp->spool_fd);
        fi_claim *claim = claim_new(sp, id, c->name, sidecar);
        free(sidecar);
        drop_cand(sp, c);
        if (!claim) {
            *err = fi_errf("out of memory claiming a file (it is in %s and will be taken at the "
                           "next start)", sp->processing);
            return -1;
        }
        *out = claim;
        return 1;
    }
    return 0;
}

/* ---- recovery ---- */

static int cmp_claims(const void *a, const void *b)
{
    const fi_claim *x = *(fi_claim *const *)a, *y = *(fi_claim *const *)b;
    return strcmp(x->id, y->id);
}

/* Moves src to dst: rename(), or copy, fsync and unlink across filesystems.
 * dst is replaced if it exists. */
static int move_file(const char *src, const char *dst, char **err)
{
    if (rename(src, dst) == 0)
        return 0;
    if (errno != EXDEV) {
        *err = fi_errf("cannot move %s to %s: %s", src, dst, strerror(errno));
        return -1;
    }
    char *tmp = fi_intake_strf("%s.tmp%ld", dst, (long)getpid());
    int in = open(src, O_RDONLY | O_CLOEXEC);
    int outfd = tmp ? open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640) : -1;
    int rc = -1;
    char buf[65536];
    if (in < 0 || outfd < 0) {
        *err = fi_errf("cannot copy %s to %s: %s", src, tmp ? tmp : dst, strerror(errno));
        goto cleanup;
    }
    for (;;) {
        ssize_t n = read(in, buf, sizeof buf);
        if (n == 0)
            break;
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 || write(outfd, buf, (size_t)n) != n) {
            *err = fi_errf("cannot copy %s to %s: %s", src, tmp, strerror(errno));
            goto cleanup;
        }
    }
    if (fsync(outfd) != 0 || close(outfd) != 0) {
        outfd = -1;
        *err = fi_errf("cannot write %s: %s", tmp, strerror(errno));
        goto cleanup;
    }
    outfd = -1;
    if (rename(tmp, dst) != 0) {
        *err = fi_errf("cannot rename %s to %s: %s", tmp, dst, strerror(errno));
        goto cleanup;
    }
    unlink(src);
    rc = 0;
cleanup:
    if (in >= 0)
        close(in);
    if (outfd >= 0)
        close(outfd);
    if (rc && tmp)
        unlink(tmp);
    free(tmp);
    return rc;
}

/* move_file, where a source that is gone means an earlier run (stopped
 * by a crash before it removed the marker) has moved it already. */
static int move_if_there(const char *src, const char *dst, char **err)
{
    struct stat st;
    if (lstat(src, &st) != 0 && errno == ENOENT)
        return 0;
    return move_file(src, dst, err);
}

static int write_file_atomically(const char *path, const char *text, int dirfd_to_sync,
                                 char **err)
{
    char *tmp = fi_intake_strf("%s.tmp", path);
    int fd = tmp ? open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640) : -1;
    size_t len = strlen(text);
    int rc = -1;
    if (fd < 0 || write(fd, text, len) != (ssize_t)len || fsync(fd) != 0) {
        *err = fi_errf("cannot write %s: %s", tmp ? tmp : path, strerror(errno));
        goto cleanup;
    }
    close(fd);
    fd = -1;
    if (rename(tmp, path) != 0) {
        *err = fi_errf("cannot rename %s to %s: %s", tmp, path, strerror(errno));
        goto cleanup;
    }
    if (dirfd_to_sync >= 0)
        fsync(dirfd_to_sync);
    rc = 0;
cleanup:
    if (fd >= 0)
        close(fd);
    if (rc && tmp)
        unlink(tmp);
    free(tmp);
    return rc;
}

static char *mark_path(fi_spool *sp, const char *id)
{
    char *name = fi_intake_strf(".%s.commit", id);
    char *p = name ? join(sp->processing, name) : NULL;
    free(name);
    return p;
}

static void quarantine_orphan(fi_spool *sp, const char *file)
{
    char *src = join(sp->processing, file), *dst = join(sp->quarantine, file);
    char *why = dst ? fi_intake_strf("%s.reason.txt", dst) : NULL;
    char *err = NULL;
    if (src && dst && why &&
        write_file_atomically(why, "orphan: a sidecar whose document is gone\n", -1, &err) == 0)
        move_file(src, dst, &err);
    free(err);
    free(src);
    free(dst);
    free(why);
}

int fi_spool_recover(fi_spool *sp, fi_claim ***out, size_t *n, char **err)
{
    *out = NULL;
    *n = 0;
    fi_claim **list = NULL;
    size_t count = 0, cap = 0;
    char **sidecars = NULL, **marks = NULL;
    size_t nside = 0, nmark = 0;
    int fd = dup(sp->proc_fd);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        *err = fi_errf("cannot list %s: %s", sp->processing, strerror(errno));
        return -1;
    }
    rewinddir(d);
    struct dirent *e;
    int rc = -1;
    while ((e = readdir(d)) != NULL) {
        char id[ID_LEN + 1];
        const char *dropped = NULL;
        if (e->d_name[0] == '.') {
            size_t len = strlen(e->d_name);
            if (len == ID_LEN + 8 && ends_with(e->d_name, ".commit")) {
                char **m = realloc(marks, (nmark + 1) * sizeof *m);
                if (!m || !(m[nmark] = strdup(e->d_name))) {
                    marks = m ? m : marks;
                    goto oom;
                }
                marks = m;
                nmark++;
            } else if (ends_with(e->d_name, ".commit.tmp")) {
                unlinkat(sp->proc_fd, e->d_name, 0);  /* ours, never renamed into place */
            }
            continue;
        }
        if (!parse_claimed(e->d_name, id, &dropped))
            continue;
        if (is_sidecar_name(dropped)) {
            char **s = realloc(sidecars, (nside + 1) * sizeof *s);
            if (!s || !(s[nside] = strdup(e->d_name))) {
                sidecars = s ? s : sidecars;
                goto oom;
            }
            sidecars = s;
            nside++;
            continue;
        }
        if (count == cap) {
            cap = cap ? cap * 2 : 16;
            fi_claim **l = realloc(list, cap * sizeof *l);
            if (!l)
                goto oom;
            list = l;
        }
        fi_claim *c = claim_new(sp, id, dropped, NULL);
        if (!c)
            goto oom;
        c->recovered = 1;
        list[count++] = c;
    }
    /* Pair the sidecars with their documents; the rest are orphans. */
    for (size_t i = 0; i < nside; i++) {
        fi_claim *owner = NULL;
        for (size_t j = 0; j < count && !owner; j++)
            if (strncmp(list[j]->id, sidecars[i], ID_LEN) == 0 && !list[j]->sidecar)
                owner = list[j];
        if (owner)
            owner->sidecar = join(sp->processing, sidecars[i]);
        else
            quarantine_orphan(sp, sidecars[i]);
    }
    /* A document claimed just before a crash may have left its sidecar in
     * spool/: claim it now. */
    for (size_t j = 0; j < count; j++) {
        if (list[j]->sidecar)
            continue;
        char *sc = find_sidecar(sp->spool_fd, list[j]->name);
        if (sc && claim_rename(sp, list[j]->id, sc) == 0) {
            char *file = fi_intake_strf("%s~%s", list[j]->id, sc);
            list[j]->sidecar = file ? join(sp->processing, file) : NULL;
            free(file);
        }
        free(sc);
    }
    /* Markers whose document has gone were left by a crash after the move. */
    for (size_t i = 0; i < nmark; i++) {
        int used = 0;
        for (size_t j = 0; j < count && !used; j++)
            used = strncmp(list[j]->id, marks[i] + 1, ID_LEN) == 0;
        if (!used)
            unlinkat(sp->proc_fd, marks[i], 0);
    }
    fsync(sp->proc_fd);
    if (count)
        qsort(list, count, sizeof *list, cmp_claims);
    *out = list;
    *n = count;
    list = NULL;
    count = 0;
    rc = 0;
    goto cleanup;
oom:
    *err = fi_errf("out of memory listing %s", sp->processing);
cleanup:
    closedir(d);
    for (size_t i = 0; i < count; i++)
        fi_claim_free(list[i]);
    free(list);
    for (size_t i = 0; i < nside; i++)
        free(sidecars[i]);
    free(sidecars);
    for (size_t i = 0; i < nmark; i++)
        free(marks[i]);
    free(marks);
    return rc;
}

/* ---- the outcome ---- */

int fi_spool_mark(fi_spool *sp, const fi_claim *claim, const char *outcome, int existed,
                  const char *reason, char **err)
{
    char *path = mark_path(sp, claim->id);
    char *text = fi_intake_strf("outcome=%s\nexisted=%d\nreason=%s\n", outcome, existed,
                         reason ? reason : "");
    int rc = -1;
    if (!path || !text) {
        *err = fi_errf("out of memory");
        goto cleanup;
    }
    /* One line per key: the reason must not start another. */
    char *r = strstr(text, "reason=");
    for (char *p = r ? r + 7 : text; *p && p[1]; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
    rc = write_file_atomically(path, text, sp->proc_fd, err);
cleanup:
    free(path);
    free(text);
    return rc;
}

int fi_spool_read_mark(fi_spool *sp, const fi_claim *claim, char **outcome, int *existed,
                       char **reason)
{
    *outcome = *reason = NULL;
    *existed = 0;
    char *path = mark_path(sp, claim->id);
    int fd = path ? open(path, O_RDONLY | O_CLOEXEC) : -1;
    free(path);
    if (fd < 0)
        return 0;
    char buf[MARK_MAX];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    buf[n > 0 ? n : 0] = '\0';
    /* Written by rename of a complete file: a marker is whole or absent. */
    for (char *line = buf; *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        if (strncmp(line, "outcome=", 8) == 0)
            *outcome = strdup(line + 8);
        else if (strncmp(line, "existed=", 8) == 0)
            *existed = (int)strtol(line + 8, NULL, 10);
        else if (strncmp(line, "reason=", 7) == 0 && line[7])
            *reason = strdup(line + 7);
        if (!nl)
            break;
        line = nl + 1;
    }
    if (!*outcome) {
        free(*reason);
        *reason = NULL;
        return 0;
    }
    return 1;
}

static void drop_mark(fi_spool *sp, const fi_claim *claim)
{
    char name[ID_LEN + 16];
    snprintf(name, sizeof name, ".%s.commit", claim->id);
    unlinkat(sp->proc_fd, name, 0);
}

/* The archive extension, from the first bytes (the name may lie). */
static const char *kind_ext(const char *path)
{
    unsigned char b[8] = {0};
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    ssize_t n = fd >= 0 ? read(fd, b, sizeof b) : -1;
    if (fd >= 0)
        close(fd);
    if (n >= 4 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42) || (b[0] == 'M' && b[1] == 'M' && b[3] == 42)))
        return "tif";
    if (n >= 4 && memcmp(b, "%PDF", 4) == 0)
        return "pdf";
    if (n >= 8 && memcmp(b, "\x89PNG\r\n\x1a\n", 8) == 0)
        return "png";
    if (n >= 3 && b[0] == 0xff && b[1] == 0xd8 && b[2] == 0xff)
        return "jpg";
    return "bin";
}

static int sync_dir(const char *path)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int rc = fsync(fd);
    close(fd);
    return rc;
}

/* Moves a claimed file (and its sidecar to spath) into dir at *path, makes
 * the moves durable and forgets the claim; *dest (when not NULL) takes
 * over *path.  Returns 0, or -1 with *err. */
static int put_away(fi_spool *sp, const fi_claim *claim, const char *spath, const char *dir,
                    char **path, char **dest, char **err)
{
    if (claim->sidecar && move_if_there(claim->sidecar, spath, err))
        return -1;
    if (move_if_there(claim->path, *path, err))
        return -1;
    sync_dir(dir);
    drop_mark(sp, claim);
    if (dest) {
        *dest = *path;
        *path = NULL;
    }
    return 0;
}

int fi_spool_archive(fi_spool *sp, const fi_claim *claim, const char *sha256, char **dest,
                     char **err)
{
    if (dest)
        *dest = NULL;
    char sub[3] = {sha256[0], sha256[1], '\0'};
    char *dir = join(sp->archive, sub);
    char *file = fi_intake_strf("%s.%s", sha256, kind_ext(claim->path));
    char *path = dir && file ? join(dir, file) : NULL;
    char *spath = NULL;
    int rc = -1;
    if (!path) {
        *err = fi_errf("out of memory");
        goto cleanup;
    }
    if (mkdir(dir, 0750) != 0 && errno != EEXIST) {
        *err = fi_errf("cannot create the folder %s: %s", dir, strerror(errno));
        goto cleanup;
    }
    if (claim->sidecar) {
        char *sfile = fi_intake_strf("%s.%s.json", sha256, claim->id);
        spath = sfile ? join(dir, sfile) : NULL;
        free(sfile);
        if (!spath) {
            *err = fi_errf("out of memory");
            goto cleanup;
        }
    }
    /* A resend has the same bytes, so the same name: replacing it is
     * harmless. */
    rc = put_away(sp, claim, spath, dir, &path, dest, err);
cleanup:
    free(dir);
    free(file);
    free(path);
    free(spath);
    return rc;
}

int fi_spool_quarantine(fi_spool *sp, const fi_claim *claim, const char *reason, char **dest,
                        char **err)
{
    if (dest)
        *dest = NULL;
    char *file = fi_intake_strf("%s~%s", claim->id, claim->name);
    char *path = file ? join(sp->quarantine, file) : NULL;
    char *why = path ? fi_intake_strf("%s.reason.txt", path) : NULL;
    char *text = fi_intake_strf("%s\n", reason);
    char *spath = NULL;
    int rc = -1;
    if (!why || !text) {
        *err = fi_errf("out of memory");
        goto cleanup;
    }
    if (write_file_atomically(why, text, -1, err))
        goto cleanup;
    if (claim->sidecar) {
        const char *base = strrchr(claim->sidecar, '/');
        spath = join(sp->quarantine, base ? base + 1 : claim->sidecar);
        if (!spath) {
            *err = fi_errf("out of memory");
            goto cleanup;
        }
    }
    rc = put_away(sp, claim, spath, sp->quarantine, &path, dest, err);
cleanup:
    free(file);
    free(path);
    free(why);
    free(text);
    free(spath);
    return rc;
}

int fi_spool_read_sidecar(const fi_claim *claim, char **json, char **err)
{
    *json = NULL;
    if (!claim->sidecar)
        return 0;
    int rc = -1;
    char *text = NULL;
    cJSON *obj = NULL;
    int fd = open(claim->sidecar, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    if (fd < 0) {
        if (errno == ENOENT)
            return 0;
        *err = fi_errf("cannot open the sidecar %s: %s", claim->sidecar, strerror(errno));
        return -1;
    }
    if (fstat(fd, &st) != 0 || st.st_size > SIDECAR_MAX) {
        *err = fi_errf("sidecar %s is larger than %d bytes; ignored", claim->sidecar,
                       SIDECAR_MAX);
        goto cleanup;
    }
    text = malloc((size_t)st.st_size + 1);
    ssize_t n = text ? read(fd, text, (size_t)st.st_size) : -1;
    if (n < 0) {
        *err = fi_errf("cannot read the sidecar %s: %s", claim->sidecar, strerror(errno));
        goto cleanup;
    }
    text[n] = '\0';
    obj = cJSON_Parse(text);
    if (!cJSON_IsObject(obj)) {
        *err = fi_errf("sidecar %s is not a JSON object; ignored", claim->sidecar);
        goto cleanup;
    }
    *json = cJSON_PrintUnformatted(obj);
    rc = *json ? 1 : -1;
    if (!*json)
        *err = fi_errf("out of memory reading the sidecar");
cleanup:
    close(fd);
    free(text);
    cJSON_Delete(obj);
    return rc;
}

/* ---- for status ---- */

int fi_spool_depth(const fi_intake_config *cfg, long *waiting, long *processing, long *pid,
                   char **err)
{
    *waiting = *processing = *pid = 0;
    DIR *d = opendir(cfg->spool);
    if (!d) {
        *err = fi_errf("cannot list the spool %s: %s", cfg->spool, strerror(errno));
        return -1;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (!fi_spool_ignored_name(e->d_name) && !is_sidecar_name(e->d_name) &&
            (e->d_type == DT_REG || e->d_type == DT_UNKNOWN))
            (*waiting)++;
    closedir(d);
    d = opendir(cfg->processing);
    if (d) {
        while ((e = readdir(d)) != NULL) {
            char id[ID_LEN + 1];
            const char *dropped;
            if (parse_claimed(e->d_name, id, &dropped) && !is_sidecar_name(dropped))
                (*processing)++;
        }
        closedir(d);
    }
    char *lock = join(cfg->processing, ".lock");
    int fd = lock ? open(lock, O_RDONLY | O_CLOEXEC) : -1;
    free(lock);
    if (fd >= 0) {
        if (flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
            char buf[32];
            ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
            buf[n > 0 ? n : 0] = '\0';
            *pid = strtol(buf, NULL, 10);
            if (*pid <= 0)
                *pid = -1;  /* running, pid unknown */
        }
        close(fd);
    }
    return 0;
}

typedef struct reason_entry {
    char *file;   /* ID~NAME.reason.txt */
} reason_entry;

static int cmp_desc(const void *a, const void *b)
{
    return -strcmp(((const reason_entry *)a)->file, ((const reason_entry *)b)->file);
}

int fi_spool_list_quarantine(const fi_intake_config *cfg, int limit, fi_spool_reason_fn fn,
                             void *ctx, char **err)
{
    DIR *d = opendir(cfg->quarantine);
    if (!d) {
        if (errno == ENOENT)
            return 0;
        *err = fi_errf("cannot list the quarantine %s: %s", cfg->quarantine, strerror(errno));
        return -1;
    }
    reason_entry *list = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        char id[ID_LEN + 1];
        const char *dropped;
        if (!parse_claimed(e->d_name, id, &dropped) || !ends_with(e->d_name, ".reason.txt"))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            reason_entry *l = realloc(list, cap * sizeof *l);
            if (!l)
                break;
            list = l;
        }
        if (!(list[n].file = strdup(e->d_name)))
            break;
        n++;
    }
    closedir(d);
    if (n)
        qsort(list, n, sizeof *list, cmp_desc);
    for (size_t i = 0; i < n && (int)i < limit; i++) {
        char id[ID_LEN + 1];
        const char *dropped;
        parse_claimed(list[i].file, id, &dropped);
        char *name = strndup(dropped, strlen(dropped) - strlen(".reason.txt"));
        char *path = join(cfg->quarantine, list[i].file);
        char reason[1024] = "";
        FILE *f = path ? fopen(path, "r") : NULL;
        if (f) {
            if (!fgets(reason, sizeof reason, f))
                reason[0] = '\0';
            fclose(f);
        }
        reason[strcspn(reason, "\n")] = '\0';
        if (name)
            fn(ctx, id, name, reason);
        free(name);
        free(path);
    }
    for (size_t i = 0; i < n; i++)
        free(list[i].file);
    free(list);
    return 0;
}
