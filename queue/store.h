/*
 * store.h: the SQLite tracking store and review queue.
 *
 * One database file holds the documents (with the OCR words of every page,
 * so rules can be replayed without OCR), their fields, the review queue,
 * the referrals with their status history, and an append-only audit log.
 * All SQL of the project lives in queue/; statements are prepared once per
 * open store.  A fi_store is one connection: use one per thread/process.
 * Any number of processes may open the same file: writes are serialized by
 * SQLite (WAL, BEGIN IMMEDIATE, a busy timeout), so two reviewers claiming
 * at once never get the same item.  The schema is described in schema.c
 * and in the README.
 *
 * Every function returns 0 on success or -1 with *err (free()) set to a
 * message a user can act on, unless its comment says otherwise.  Strings
 * returned through char ** are the caller's to free().
 *
 * Ids: a document (and its review item, one per document) has a document
 * id; a referral, which may gather several documents of one patient, has a
 * referral id.  Review actions (show, set, accept...) take document ids;
 * lifecycle and export take referral ids.
 */
#ifndef FI_STORE_H
#define FI_STORE_H

#include <stdio.h>
#include "../extract/extract.h"
#include "../ocr/words.h"

typedef struct fi_store fi_store;

/* Opens (creating and migrating as needed) the database at path.
 * Added: the lease of a claim and the link window start from the
 * environment, FAXINTAKE_LEASE_SECONDS (default 900) and
 * FAXINTAKE_LINK_DAYS (default 30), so that every process of a site uses
 * the same; the setters below override them for one connection. */
int fi_store_open(fi_store **out, const char *path, char **err);
void fi_store_close(fi_store *store);

/* What the intake knows about a document besides its words. */
typedef struct fi_store_doc_info {
    const char *sha256;        /* hex SHA-256 of the file's bytes */
    const char *file_name;     /* name as dropped, without folders */
    const char *received_at;   /* ISO 8601 UTC, when the file was claimed; NULL: now */
    const char *sender_json;   /* sender metadata (TIFF tags, sidecar), or NULL */
} fi_store_doc_info;

/* Records a read document, its extracted fields and a review item, in one
 * transaction committed with synchronous=FULL.  A byte-identical resend
 * (same sha256) is recorded as a duplicate of the first document:
 * *duplicate_of receives the first document's id (0 when new).  *id
 * receives the new document's id.
 *
 * Added: for a resend (a document, not a quarantine entry, with this
 * sha256 is stored), doc and res may be NULL: the words are those of the
 * first document (they are never stored
 * twice) and its extracted fields are copied.  A document that is not a
 * resend is attached to an open referral of the same patient (same last
 * name and date of birth, or same MRN and date of birth, with a document
 * received within the link window, fi_store_set_link_days()), or opens a
 * new referral (status received).  duplicate_of and id may be NULL. */
int fi_store_add_document(fi_store *store, const fi_store_doc_info *info, const fi_doc *doc,
                          const fi_result *res, long long *id, long long *duplicate_of,
                          char **err);

/* Records a file that could not be read, with the reason. */
int fi_store_quarantine(fi_store *store, const char *sha256, const char *file_name,
                        const char *reason, char **err);

/* 1 when a document or quarantine entry with this sha256 exists (its id in
 * *id), 0 when not, -1 on error. */
int fi_store_find_sha(fi_store *store, const char *sha256, long long *id, char **err);

/* ------------------------------------------------------------ settings */

/* Fixes the store's clock at unix time now (0: the real clock again), for
 * tests and benchmarks that need leases to expire or documents to age. */
void fi_store_set_now(fi_store *store, long long now);
/* How long a claim lasts without activity (default 900 s). */
void fi_store_set_lease_seconds(fi_store *store, int seconds);
/* How recent the last document of an open referral must be for a new one
 * of the same patient to be attached to it (default 30 days). */
void fi_store_set_link_days(fi_store *store, int days);

/* Groups the changes made until fi_store_batch_end() into one transaction,
 * for bulk loads (each fi_store_add_document() alone commits and syncs).
 * end commits when commit is 1, rolls everything back when 0. */
int fi_store_batch_begin(fi_store *store, char **err);
int fi_store_batch_end(fi_store *store, int commit, char **err);

/* Schema version of the open database, and the one this code writes. */
int fi_store_schema_version(fi_store *store);
int fi_store_schema_latest(void);

/* ------------------------------------------------------- review queue */

/* The open review items, most urgent first (stat, urgent, routine), then
 * oldest first, as a JSON array (see the README for the keys), from
 * position offset, at most limit items. */
int fi_store_queue_json(fi_store *store, long long offset, long long limit, char **json,
                        char **err);

/* fi_store_queue_json() narrowed to the items whose referral has status
 * (received, in_review, needs_info) and whose referred_to_specialty is
 * specialty (a contract specialty word); NULL: any. */
int fi_store_queue_filter_json(fi_store *store, const char *status, const char *specialty,
                               long long offset, long long limit, char **json, char **err);

/* Claims for user the next item: the one user already holds, if any
 * (its lease renewed), else the most urgent free one (unclaimed, or whose
 * lease expired).  Returns 1 with *doc_id set, 0 when nothing is waiting,
 * -1 on error.  The referral moves to in_review. */
int fi_store_queue_next(fi_store *store, const char *user, long long *doc_id, char **err);

/* Gives an item back to the queue (user must hold it). */
int fi_store_release(fi_store *store, long long doc_id, const char *user, char **err);

/* Everything about one document as a JSON object: the document, its
 * pages, fields (with who set them), review state, its referral with the
 * status history and other documents, how it was linked, and its audit
 * trail. */
int fi_store_show_json(fi_store *store, long long doc_id, char **json, char **err);

/* Sets fields of a document from "FIELD=VALUE" assignments, all or none:
 * each value is validated and normalized as extraction would (a date in
 * any common spelling, a phone, an NPI with its check digit, ICD-10 codes
 * separated by commas or spaces...); an empty VALUE records that the
 * document does not carry the field.  The item must be free or held by
 * user (it is then claimed for user).  A value set here is never replaced
 * by re-extraction. */
int fi_store_set_fields(fi_store *store, long long doc_id, const char *user,
                        char *const *assignments, int n, char **err);

/* The normalized JSON value of FIELD=input, as fi_store_set_fields() would
 * store it (*json NULL for an empty input), or -1 naming what is wrong. */
int fi_store_normalize_input(const char *field, const char *input, char **json, char **err);

typedef enum fi_decision {
    FI_DECIDE_ACCEPT,
    FI_DECIDE_REJECT,
    FI_DECIDE_NEEDS_INFO,
} fi_decision;

/* Closes the review of a document with a decision; the referral moves to
 * accepted, rejected or needs_info when it is still under review (a
 * document attached to a referral already accepted leaves it as it is).
 * The item must be free or held by user.  *note (may be NULL) receives a
 * sentence saying what happened to the referral. */
int fi_store_decide(fi_store *store, long long doc_id, const char *user, fi_decision d,
                    const char *reason, char **note, char **err);

/* ------------------------------------------------- referral lifecycle */

/* received -> in_review -> needs_info -> accepted -> scheduled ->
 * completed -> closed, plus rejected and duplicate.  Moves referral_id to
 * status (one of those words) as user; date (YYYY-MM-DD or NULL) is when
 * it happened or, for scheduled, the appointment.  An illegal transition
 * is refused with the moves allowed from the current status. */
int fi_store_referral_status(fi_store *store, long long referral_id, const char *status,
                             const char *date, const char *reason, const char *user,
                             char **err);

/* 1 when status is a referral status word. */
int fi_store_status_valid(const char *status);

/* Undoes a link or a duplicate: the document leaves its referral and
 * opens a new one.  *referral_id (may be NULL) receives the new one. */
int fi_store_unlink(fi_store *store, long long doc_id, const char *user, long long *referral_id,
                    char **err);

/* Attaches a document to another referral by hand; a referral left with
 * no document becomes a duplicate. */
int fi_store_link(fi_store *store, long long doc_id, long long referral_id, const char *user,
                  char **err);

/* --------------------------------------------------------------- audit */

/* Checks the hash chain of the audit log.  Returns 0 when intact (*rows
 * and head, 65 bytes, receive the row count and the last hash, to be
 * recorded elsewhere: a chain cannot prove that its tail was not cut),
 * 1 when broken (*err names the first bad row and what is wrong), -1 on
 * error. */
int fi_store_audit_verify(fi_store *store, long long *rows, char head[65], char **err);

/* The audit rows after id after_id (at most limit), as a JSON array. */
int fi_store_audit_json(fi_store *store, long long after_id, long long limit, char **json,
                        char **err);

/* ------------------------------------------------------- re-extraction */

typedef struct fi_reextract_stats {
    long long documents;       /* documents re-extracted */
    long long changed_docs;    /* of which with some field changed */
    long long changed_fields;  /* extracted values changed, added or removed */
    long long kept_person;     /* values a person set, or accepted, kept although the
                                * rules now read otherwise */
} fi_reextract_stats;

/* Runs rules over the stored words of the documents ids[0..n) (n 0: every
 * document) and replaces the extracted values that changed; values set by
 * a person are never touched, nor any value of a document whose review
 * accepted it (the reviewer confirmed them).  Every change is audited (actor
 * "rules:reextract") and printed on out, one line each, when out is not
 * NULL. */
int fi_store_reextract(fi_store *store, const fi_rules *rules, const long long *ids, size_t n,
                       FILE *out, fi_reextract_stats *stats, char **err);

/* Scores rules against the reviewed documents (review accepted), the
 * reviewers' final values being the truth, as `rules test` scores against
 * truth files; prints the table on out.  show_errors lists each wrong
 * field.  Returns the number of documents scored, or -1. */
int fi_store_rules_test(fi_store *store, const fi_rules *rules, int show_errors, FILE *out,
                        char **err);

/* The same score as JSON: {"documents", "fully_correct", "n", "correct",
 * "fp", "fields": [{"field", "n", "correct", "fp"}...]}, for the rules
 * screen to compare two sets of rules. */
int fi_store_rules_score_json(fi_store *store, const fi_rules *rules, char **json, char **err);

/* Loads the stored words of a document (fi_doc_free), for re-extraction or
 * display. */
int fi_store_load_doc(fi_store *store, long long doc_id, fi_doc **out, char **err);

/* -------------------------------------------------------------- export */

typedef enum fi_export_format {
    FI_EXPORT_JSON,            /* the contract's JSON, with the referral */
    FI_EXPORT_FHIR,            /* FHIR R4 Bundle */
    FI_EXPORT_HL7,             /* HL7 v2.5 REF^I12 */
} fi_export_format;

/* Parses "json", "fhir" or "hl7v2"; -1 when none. */
int fi_export_format_parse(const char *name, fi_export_format *out);

/* Writes referral_id in format to outdir (created when missing) under a
 * temporary name and renames it to referral-ID.json, referral-ID.fhir.json
 * or referral-ID.hl7; the export is audited as user.  *path (may be NULL)
 * receives the file written. */
int fi_store_export(fi_store *store, long long referral_id, fi_export_format fmt,
                    const char *outdir, const char *user, char **path, char **err);

/* Exports every referral accepted or further along that changed at or
 * after since (ISO 8601 date or time); the paths written go to out.
 * *count receives how many. */
int fi_store_export_since(fi_store *store, const char *since, fi_export_format fmt,
                          const char *outdir, const char *user, FILE *out, long long *count,
                          char **err);

/* The export of one referral as text (caller frees), without writing. */
int fi_store_export_text(fi_store *store, long long referral_id, fi_export_format fmt,
                         char **text, char **err);

/* ------------------------------------------------------------- reports */

/* Per referring provider or practice (by NPI, else by fax number):
 * referrals per week over the last weeks weeks, share complete on
 * receipt, median hours from receipt to acceptance, and an alert when the
 * volume fell to half of the previous period or less.  csv: one row per
 * referrer and week. */
int fi_store_report_referrers(fi_store *store, int weeks, int csv, FILE *out, char **err);

/* Queue depth and oldest item age by urgency, and reviewer throughput. */
int fi_store_report_queue(fi_store *store, FILE *out, char **err);

/* ---------------------------------------------------- text renderings */

/* The queue and a document as tables for a terminal (from the JSON of
 * fi_store_queue_json() and fi_store_show_json()). */
int fi_store_print_queue(fi_store *store, long long offset, long long limit, FILE *out,
                         char **err);
int fi_store_print_show(fi_store *store, long long doc_id, FILE *out, char **err);

/* ------------------------------------------- for the intake daemon */
/* Exactly once: before committing a claimed file the daemon notes how many
 * records the store holds for its sha256; after a crash between that
 * commit and the move to the archive, it finds the file again in
 * processing/ and compares: more records means the commit happened.
 * fi_store_find_sha cannot tell for a resend (1 before and after), and
 * received_at is kept in whole seconds, so two claims of the same bytes
 * can share it. */

/* Documents (resends included) plus quarantine entries with this sha256. */
int fi_store_count_sha(fi_store *store, const char *sha256, long long *count, char **err);

/* What the intake recorded at or after since (ISO 8601 UTC, whole seconds),
 * for `faxintake status`.  (The type is not named like the function: C
 * keeps typedefs and functions in one namespace.) */
typedef struct fi_store_intake_stats {
    long long documents;       /* new documents (resends not counted) */
    long long duplicates;      /* byte-identical resends linked to a document */
    long long pages;           /* pages of the new documents */
    long long quarantined;     /* files quarantined */
} fi_store_intake_stats;
int fi_store_intake_counts(fi_store *store, const char *since, fi_store_intake_stats *out,
                           char **err);

/* The newest quarantine entries, newest first, at most limit: fn is called
 * for each (strings borrowed for the call); a non-zero return stops. */
typedef int (*fi_store_quarantine_fn)(void *ctx, long long id, const char *file_name,
                                      const char *at, const char *reason);
int fi_store_list_quarantine(fi_store *store, int limit, fi_store_quarantine_fn fn, void *ctx,
                             char **err);

/* ------------------------------------------- users, sessions, images */

/* The review server's users: role "intake" (queue and documents) or
 * "admin" (also rules and the audit log).  Passwords (10 to 1024
 * characters) are stored as Argon2id hashes; every change is audited as
 * actor. */
int fi_store_user_add(fi_store *store, const char *name, const char *role, const char *password,
                      const char *actor, char **err);
/* A new password; it ends the user's open sessions. */
int fi_store_user_passwd(fi_store *store, const char *name, const char *password,
                         const char *actor, char **err);
/* disabled 1: the user can no longer log in, and its sessions and tokens
 * stop working; 0: enabled again. */
int fi_store_user_disable(fi_store *store, const char *name, int disabled, const char *actor,
                          char **err);
int fi_store_users_print(fi_store *store, FILE *out, char **err);
/* How many users may log in, or -1 on error. */
long long fi_store_user_count(fi_store *store, char **err);
/* 1 when role is "intake" or "admin". */
int fi_store_role_valid(const char *role);

/* A logged-in browser, or an integrator's API token. */
typedef struct fi_session {
    char token[65];            /* what the client holds (hex) */
    char csrf[65];             /* the CSRF token every change must echo */
    char user[65];
    char role[16];
    int kind_token;            /* 1: an API token (no idle timeout, no CSRF) */
} fi_session;

enum { FI_LOGIN_OK = 0, FI_LOGIN_BAD = 1, FI_LOGIN_LIMITED = 2 };

/* Checks name's password and opens a session.  Returns FI_LOGIN_OK (out
 * filled), FI_LOGIN_BAD (wrong name or password; recorded), FI_LOGIN_LIMITED
 * (too many wrong passwords for the name, 5 in 15 minutes, or from the
 * address ip, 20: *retry_after seconds), or -1 on error; *err says it in
 * words for the user in all but FI_LOGIN_OK.  Logins and failures are
 * audited. */
int fi_store_login(fi_store *store, const char *name, const char *password, const char *ip,
                   fi_session *out, int *retry_after, char **err);
/* 1 when token is a live session (idle less than idle_seconds; 0: no
 * limit) or API token, out filled; 0 when not (an idle one is ended); -1
 * on error. */
int fi_store_session_check(fi_store *store, const char *token, int idle_seconds,
                           fi_session *out, char **err);
int fi_store_session_end(fi_store *store, const char *token, char **err);
/* A new API token acting as user (token, 65 bytes, shown once). */
int fi_store_token_create(fi_store *store, const char *user, const char *label,
                          const char *actor, char token[65], char **err);

/* Audits that user looked at a document. */
int fi_store_note_view(fi_store *store, long long doc_id, const char *user, char **err);
/* Audits an event that concerns no document (action, e.g. "rules.save";
 * what and detail free text, may be NULL). */
int fi_store_audit_event(fi_store *store, const char *actor, const char *action,
                         const char *what, const char *detail, char **err);

/* The picture of page (from 1) of a document, PNG (caller frees): 1 when
 * stored, 0 when not, -1 on error. */
int fi_store_page_image(fi_store *store, long long doc_id, int page, unsigned char **png,
                        size_t *len, char **err);

#endif
