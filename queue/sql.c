/*
 * sql.c: every statement the store runs, in one table, so that the whole
 * of the project's SQL can be read (and its indexes checked) in one place.
 * The tables and indexes they use are described in schema.c.
 *
 * Conventions: times are ISO 8601 UTC text "YYYY-MM-DDTHH:MM:SSZ", which
 * sorts as time does; field values are JSON text (a string, or an array
 * for diagnosis_codes); parameters are numbered (?1...) so that the C code
 * binding them can be checked against the text.
 */
#include "store_int.h"

/* The statuses a new document of the same patient may still join. */
#define OPEN_STATUSES "('received','in_review','needs_info','accepted','scheduled')"

static const char *const SQL[Q_COUNT] = {
    [Q_BEGIN] = "BEGIN IMMEDIATE",
    [Q_COMMIT] = "COMMIT",
    [Q_ROLLBACK] = "ROLLBACK",
    [Q_SAVEPOINT] = "SAVEPOINT fi_change",
    [Q_RELEASE] = "RELEASE fi_change",
    [Q_ROLLBACK_TO] = "ROLLBACK TO fi_change",

    /* -> id, referral_id, words_of, pages */
    [Q_DOC_FIRST_BY_SHA] =
        "SELECT id, referral_id, words_of, pages FROM documents WHERE sha256 = ?1 "
        "AND duplicate_of IS NULL ORDER BY id LIMIT 1",
    [Q_QUAR_BY_SHA] = "SELECT id FROM quarantine WHERE sha256 = ?1 ORDER BY id LIMIT 1",
    [Q_DOC_INSERT] =
        "INSERT INTO documents(sha256, file_name, received_at, sender, pages, completeness, "
        "duplicate_of, referral_id, link, link_doc, words_of, extracted_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    /* -> 0 id, 1 sha256, 2 file_name, 3 received_at, 4 sender, 5 pages,
     *    6 completeness, 7 duplicate_of, 8 referral_id, 9 link, 10 link_doc,
     *    11 words_of, 12 extracted_at */
    [Q_DOC_GET] =
        "SELECT id, sha256, file_name, received_at, sender, pages, completeness, duplicate_of, "
        "referral_id, link, link_doc, words_of, extracted_at FROM documents WHERE id = ?1",
    [Q_DOC_SET_REFERRAL] =
        "UPDATE documents SET referral_id = ?2, link = ?3, link_doc = ?4, duplicate_of = ?5 "
        "WHERE id = ?1",
    [Q_DOC_SET_EXTRACTED] =
        "UPDATE documents SET completeness = ?2, extracted_at = ?3 WHERE id = ?1",
    [Q_DOC_IDS_FROM] = "SELECT id FROM documents WHERE id > ?1 ORDER BY id LIMIT ?2",
    /* -> id, file_name, sha256, received_at, link, pages, duplicate_of */
    [Q_DOCS_OF_REFERRAL] =
        "SELECT id, file_name, sha256, received_at, link, pages, duplicate_of FROM documents "
        "WHERE referral_id = ?1 ORDER BY id",
    [Q_DOC_PRIMARY] =
        "SELECT min(id) FROM documents WHERE referral_id = ?1 AND duplicate_of IS NULL",
    [Q_DOC_COUNT_REFERRAL] = "SELECT count(*) FROM documents WHERE referral_id = ?1",

    [Q_PAGE_INSERT] =
        "INSERT INTO pages(doc_id, page, read_by, rotation, mean_conf, nwords, note, words_len, "
        "words) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    /* -> page, words_len, words */
    [Q_PAGES_OF_DOC] =
        "SELECT page, words_len, words FROM pages WHERE doc_id = ?1 ORDER BY page",
    /* -> page, read_by, rotation, mean_conf, nwords, note */
    /* -> page, read_by, rotation, mean_conf, nwords, note, width, height, has image */
    [Q_PAGES_INFO] =
        "SELECT p.page, p.read_by, p.rotation, p.mean_conf, p.nwords, p.note, i.width, i.height, "
        "i.doc_id IS NOT NULL FROM pages p LEFT JOIN page_images i "
        "ON i.doc_id = p.doc_id AND i.page = p.page WHERE p.doc_id = ?1 ORDER BY p.page",

    [Q_FIELD_INSERT] =
        "INSERT INTO fields(doc_id, field, value, confidence, page, x0, y0, x1, y1, rule, review, "
        "set_by, set_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, NULL, NULL)",
    /* -> value, set_by, confidence, review */
    [Q_FIELD_GET] =
        "SELECT value, set_by, confidence, review FROM fields WHERE doc_id = ?1 AND field = ?2",
    /* re-extraction: replaces an extracted value, never one a person set */
    [Q_FIELD_SET_EXTRACTED] =
        "INSERT INTO fields(doc_id, field, value, confidence, page, x0, y0, x1, y1, rule, review) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT(doc_id, field) DO UPDATE SET value = excluded.value, "
        "confidence = excluded.confidence, page = excluded.page, x0 = excluded.x0, "
        "y0 = excluded.y0, x1 = excluded.x1, y1 = excluded.y1, rule = excluded.rule, "
        "review = excluded.review WHERE fields.set_by IS NULL",
    /* a person's value keeps the box it was read from, if any */
    [Q_FIELD_SET_PERSON] =
        "INSERT INTO fields(doc_id, field, value, confidence, review, set_by, set_at) "
        "VALUES(?1, ?2, ?3, 1.0, 0, ?4, ?5) "
        "ON CONFLICT(doc_id, field) DO UPDATE SET value = excluded.value, confidence = 1.0, "
        "review = 0, set_by = excluded.set_by, set_at = excluded.set_at",
    [Q_FIELD_DELETE] =
        "DELETE FROM fields WHERE doc_id = ?1 AND field = ?2 AND set_by IS NULL",
    /* -> 0 field, 1 value, 2 confidence, 3 page, 4 x0, 5 y0, 6 x1, 7 y1, 8 rule,
     *    9 review, 10 set_by, 11 set_at */
    [Q_FIELDS_OF_DOC] =
        "SELECT field, value, confidence, page, x0, y0, x1, y1, rule, review, set_by, set_at "
        "FROM fields WHERE doc_id = ?1",
    [Q_FIELDS_COPY] =
        "INSERT INTO fields(doc_id, field, value, confidence, page, x0, y0, x1, y1, rule, review) "
        "SELECT ?1, field, value, confidence, page, x0, y0, x1, y1, rule, review FROM fields "
        "WHERE doc_id = ?2 AND set_by IS NULL",
    /* -> 0 doc_id, 1 field, 2 value, 3 confidence, 4 page, 5 x0, 6 y0, 7 x1,
     *    8 y1, 9 review, 10 set_by, 11 set_at */
    [Q_FIELDS_OF_REFERRAL] =
        "SELECT f.doc_id, f.field, f.value, f.confidence, f.page, f.x0, f.y0, f.x1, f.y1, "
        "f.review, f.set_by, f.set_at FROM documents d JOIN fields f ON f.doc_id = d.id "
        "WHERE d.referral_id = ?1 AND d.duplicate_of IS NULL ORDER BY d.id",

    [Q_QUAR_INSERT] =
        "INSERT INTO quarantine(sha256, file_name, reason, at) VALUES(?1, ?2, ?3, ?4)",
    [Q_COUNT_SHA] =
        "SELECT (SELECT count(*) FROM documents WHERE sha256 = ?1) + "
        "(SELECT count(*) FROM quarantine WHERE sha256 = ?1)",
    /* -> new documents, resends, pages of new documents */
    [Q_INTAKE_DOCS] =
        "SELECT count(*) - count(duplicate_of), count(duplicate_of), "
        "coalesce(sum(CASE WHEN duplicate_of IS NULL THEN pages END), 0) FROM documents "
        "WHERE received_at >= ?1",
    [Q_INTAKE_QUAR] = "SELECT count(*) FROM quarantine WHERE at >= ?1",
    /* -> id, file_name, at, reason */
    [Q_QUAR_LIST] =
        "SELECT id, file_name, at, reason FROM quarantine ORDER BY id DESC LIMIT ?1",

    /* the newest open referral of the patient with recent activity */
    [Q_REF_FIND_MRN] =
        "SELECT id, (SELECT min(id) FROM documents WHERE referral_id = referrals.id) "
        "FROM referrals WHERE patient_dob = ?1 AND patient_mrn = ?2 "
        "AND status IN " OPEN_STATUSES " AND last_doc_at >= ?3 ORDER BY id DESC LIMIT 1",
    [Q_REF_FIND_NAME] =
        "SELECT id, (SELECT min(id) FROM documents WHERE referral_id = referrals.id) "
        "FROM referrals WHERE patient_dob = ?1 AND patient_key = ?2 "
        "AND status IN " OPEN_STATUSES " AND last_doc_at >= ?3 ORDER BY id DESC LIMIT 1",
    [Q_REF_INSERT] =
        "INSERT INTO referrals(status, opened_at, updated_at, last_doc_at, patient_key, "
        "patient_dob, patient_mrn) VALUES('received', ?1, ?1, ?1, ?2, ?3, ?4)",
    /* -> 0 status, 1 opened_at, 2 updated_at, 3 accepted_at, 4 scheduled_for */
    [Q_REF_GET] =
        "SELECT status, opened_at, updated_at, accepted_at, scheduled_for FROM referrals "
        "WHERE id = ?1",
    [Q_REF_SET_STATUS] =
        "UPDATE referrals SET status = ?2, updated_at = ?3, "
        "accepted_at = CASE WHEN ?2 = 'accepted' AND accepted_at IS NULL THEN ?3 "
        "ELSE accepted_at END, "
        "scheduled_for = CASE WHEN ?2 = 'scheduled' THEN ?4 ELSE scheduled_for END WHERE id = ?1",
    [Q_REF_TOUCH] =
        "UPDATE referrals SET updated_at = ?2, last_doc_at = max(last_doc_at, ?3) WHERE id = ?1",
    [Q_REF_SET_KEYS] =
        "UPDATE referrals SET patient_key = ?2, patient_dob = ?3, patient_mrn = ?4 WHERE id = ?1",
    [Q_HIST_INSERT] =
        "INSERT INTO referral_history(referral_id, at, actor, from_status, to_status, "
        "effective_date, reason) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    /* -> at, actor, from_status, to_status, effective_date, reason */
    [Q_HIST_OF_REFERRAL] =
        "SELECT at, actor, from_status, to_status, effective_date, reason FROM referral_history "
        "WHERE referral_id = ?1 ORDER BY id",
    [Q_REFS_SINCE] =
        "SELECT id FROM referrals WHERE updated_at >= ?1 "
        "AND status IN ('accepted','scheduled','completed','closed') ORDER BY id",

    [Q_ITEM_INSERT] =
        "INSERT INTO review_items(doc_id, state, urgency_rank, queued_at) "
        "VALUES(?1, 'open', ?2, ?3)",
    /* -> 0 state, 1 claimed_by, 2 lease_until, 3 decision, 4 urgency_rank,
     *    5 decided_by, 6 decided_at, 7 reason, 8 queued_at */
    [Q_ITEM_GET] =
        "SELECT state, claimed_by, lease_until, decision, urgency_rank, decided_by, decided_at, "
        "reason, queued_at FROM review_items WHERE doc_id = ?1",
    [Q_ITEM_HELD] =
        "SELECT doc_id FROM review_items WHERE state = 'open' AND claimed_by = ?1 "
        "AND lease_until > ?2 ORDER BY urgency_rank, queued_at, doc_id LIMIT 1",
    /* walks index review_open in queue order; stops at the first free item */
    [Q_ITEM_NEXT] =
        "SELECT doc_id FROM review_items WHERE state = 'open' "
        "AND (claimed_by IS NULL OR lease_until <= ?1) "
        "ORDER BY urgency_rank, queued_at, doc_id LIMIT 1",
    [Q_ITEM_CLAIM] =
        "UPDATE review_items SET claimed_by = ?2, lease_until = ?3 WHERE doc_id = ?1",
    [Q_ITEM_RELEASE] =
        "UPDATE review_items SET claimed_by = NULL, lease_until = NULL WHERE doc_id = ?1",
    [Q_ITEM_DECIDE] =
        "UPDATE review_items SET state = 'done', decision = ?2, decided_by = ?3, decided_at = ?4, "
        "reason = ?5, claimed_by = NULL, lease_until = NULL WHERE doc_id = ?1",
    [Q_ITEM_SET_RANK] = "UPDATE review_items SET urgency_rank = ?2 WHERE doc_id = ?1",
    /* -> 0 doc_id, 1 referral_id, 2 urgency_rank, 3 queued_at, 4 status,
     *    5 claimed_by, 6 lease_until, 7 link, 8 duplicate_of, 9 completeness,
     *    10 file_name, 11 last name, 12 first name, 13 specialty, 14 fields
     *    to review, 15 link_doc */
    [Q_QUEUE_LIST] =
        "SELECT r.doc_id, d.referral_id, r.urgency_rank, r.queued_at, f.status, "
        "CASE WHEN r.lease_until > ?1 THEN r.claimed_by END, "
        "CASE WHEN r.lease_until > ?1 THEN r.lease_until END, "
        "d.link, d.duplicate_of, d.completeness, d.file_name, "
        "(SELECT value FROM fields WHERE doc_id = r.doc_id AND field = 'patient_last_name'), "
        "(SELECT value FROM fields WHERE doc_id = r.doc_id AND field = 'patient_first_name'), "
        "(SELECT value FROM fields WHERE doc_id = r.doc_id AND field = 'referred_to_specialty'), "
        "(SELECT count(*) FROM fields WHERE doc_id = r.doc_id AND review = 1), d.link_doc "
        "FROM review_items r JOIN documents d ON d.id = r.doc_id "
        "JOIN referrals f ON f.id = d.referral_id WHERE r.state = 'open' "
        "ORDER BY r.urgency_rank, r.queued_at, r.doc_id LIMIT ?2 OFFSET ?3",
    /* Q_QUEUE_LIST narrowed to a referral status (?4) and a specialty (?5), NULL: any */
    [Q_QUEUE_FILTER] =
        "SELECT r.doc_id, d.referral_id, r.urgency_rank, r.queued_at, f.status, "
        "CASE WHEN r.lease_until > ?1 THEN r.claimed_by END, "
        "CASE WHEN r.lease_until > ?1 THEN r.lease_until END, "
        "d.link, d.duplicate_of, d.completeness, d.file_name, "
        "(SELECT value FROM fields WHERE doc_id = r.doc_id AND field = 'patient_last_name'), "
        "(SELECT value FROM fields WHERE doc_id = r.doc_id AND field = 'patient_first_name'), "
        "(SELECT value FROM fields WHERE doc_id = r.doc_id AND field = 'referred_to_specialty'), "
        "(SELECT count(*) FROM fields WHERE doc_id = r.doc_id AND review = 1), d.link_doc "
        "FROM review_items r JOIN documents d ON d.id = r.doc_id "
        "JOIN referrals f ON f.id = d.referral_id WHERE r.state = 'open' "
        "AND (?4 IS NULL OR f.status = ?4) AND (?5 IS NULL OR EXISTS (SELECT 1 FROM fields "
        "WHERE doc_id = r.doc_id AND field = 'referred_to_specialty' AND value = json_quote(?5))) "
        "ORDER BY r.urgency_rank, r.queued_at, r.doc_id LIMIT ?2 OFFSET ?3",
    [Q_REVIEWED_DOCS] =
        "SELECT r.doc_id FROM review_items r JOIN documents d ON d.id = r.doc_id "
        "WHERE r.state = 'done' AND r.decision = 'accepted' AND d.duplicate_of IS NULL "
        "ORDER BY r.doc_id",

    [Q_AUDIT_LAST] = "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1",
    [Q_AUDIT_INSERT] =
        "INSERT INTO audit(id, at, actor, action, doc_id, referral_id, field, old_value, "
        "new_value, hash) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    /* -> 0 id, 1 at, 2 actor, 3 action, 4 doc_id, 5 referral_id, 6 field,
     *    7 old_value, 8 new_value, 9 hash */
    [Q_AUDIT_FROM] =
        "SELECT id, at, actor, action, doc_id, referral_id, field, old_value, new_value, hash "
        "FROM audit WHERE id > ?1 ORDER BY id LIMIT ?2",
    /* The newest ?3 rows of each index, then the newest ?3 of both: a
     * plain "doc_id = ?1 OR referral_id = ?2" sorts every row of the
     * document, and one claimed and released all day has thousands. */
    [Q_AUDIT_OF_DOC] =
        "SELECT id, at, actor, action, doc_id, referral_id, field, old_value, new_value, hash "
        "FROM audit WHERE id IN ("
        "SELECT id FROM (SELECT id FROM audit WHERE doc_id = ?1 ORDER BY id DESC LIMIT ?3) "
        "UNION ALL "
        "SELECT id FROM (SELECT id FROM audit WHERE referral_id = ?2 ORDER BY id DESC LIMIT ?3)) "
        "ORDER BY id DESC LIMIT ?3",

    /* one row per referral opened in the period, with its first document:
     * -> 0 opened_at, 1 accepted_at, 2 completeness, 3 npi, 4 fax, 5 provider */
    [Q_REPORT_REFERRALS] =
        "SELECT r.opened_at, r.accepted_at, d.completeness, "
        "(SELECT value FROM fields WHERE doc_id = d.id AND field = 'referring_npi'), "
        "(SELECT value FROM fields WHERE doc_id = d.id AND field = 'referring_fax'), "
        "(SELECT value FROM fields WHERE doc_id = d.id AND field = 'referring_provider') "
        "FROM referrals r JOIN documents d ON d.id = "
        "(SELECT min(id) FROM documents WHERE referral_id = r.id) "
        "WHERE r.opened_at >= ?1 AND r.opened_at < ?2 AND r.status <> 'duplicate'",
    /* -> urgency_rank, count, oldest queued_at, claimed now */
    [Q_REPORT_DEPTH] =
        "SELECT urgency_rank, count(*), min(queued_at), sum(lease_until > ?1) FROM review_items "
        "WHERE state = 'open' GROUP BY urgency_rank ORDER BY urgency_rank",
    /* -> reviewer, decided in 7 days, in 24 hours, accepted, rejected, needs_info */
    [Q_REPORT_THROUGHPUT] =
        "SELECT decided_by, count(*), sum(decided_at >= ?2), sum(decision = 'accepted'), "
        "sum(decision = 'rejected'), sum(decision = 'needs_info') FROM review_items "
        "WHERE state = 'done' AND decided_at >= ?1 GROUP BY decided_by ORDER BY 2 DESC",

    /* users and sessions: times here are unix seconds, compared as numbers */
    [Q_USER_INSERT] =
        "INSERT INTO users(name, role, pw_hash, created_at) VALUES(?1, ?2, ?3, ?4)",
    /* -> role, pw_hash, disabled */
    [Q_USER_GET] = "SELECT role, pw_hash, disabled FROM users WHERE name = ?1",
    [Q_USER_SET_PASSWORD] = "UPDATE users SET pw_hash = ?2 WHERE name = ?1",
    [Q_USER_SET_DISABLED] = "UPDATE users SET disabled = ?2 WHERE name = ?1",
    /* -> name, role, created_at, disabled */
    [Q_USER_LIST] = "SELECT name, role, created_at, disabled FROM users ORDER BY name",
    [Q_USER_COUNT] = "SELECT count(*) FROM users WHERE disabled = 0",
    [Q_FAIL_INSERT] = "INSERT INTO login_failures(name, ip, at) VALUES(?1, ?2, ?3)",
    /* -> failures since ?2, the oldest of them */
    [Q_FAIL_BY_NAME] = "SELECT count(*), min(at) FROM login_failures WHERE name = ?1 AND at > ?2",
    [Q_FAIL_BY_IP] = "SELECT count(*), min(at) FROM login_failures WHERE ip = ?1 AND at > ?2",
    [Q_FAIL_CLEAR] = "DELETE FROM login_failures WHERE name = ?1",
    [Q_FAIL_PRUNE] = "DELETE FROM login_failures WHERE at <= ?1",
    [Q_SESSION_INSERT] =
        "INSERT INTO sessions(token_hash, user, kind, csrf, label, created_at, last_seen) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    /* -> user, role, kind, csrf, created_at, last_seen (of an enabled user) */
    [Q_SESSION_GET] =
        "SELECT s.user, u.role, s.kind, s.csrf, s.created_at, s.last_seen FROM sessions s "
        "JOIN users u ON u.name = s.user WHERE s.token_hash = ?1 AND u.disabled = 0",
    [Q_SESSION_TOUCH] = "UPDATE sessions SET last_seen = ?2 WHERE token_hash = ?1",
    [Q_SESSION_DELETE] = "DELETE FROM sessions WHERE token_hash = ?1",
    [Q_SESSION_PRUNE] = "DELETE FROM sessions WHERE kind = 'session' AND last_seen <= ?1",
    [Q_SESSION_END_USER] = "DELETE FROM sessions WHERE user = ?1",
    [Q_IMAGE_INSERT] =
        "INSERT OR REPLACE INTO page_images(doc_id, page, width, height, png) "
        "VALUES(?1, ?2, ?3, ?4, ?5)",
    /* the image of a page of document ?1, stored once under the document
     * that holds its words -> png */
    [Q_IMAGE_GET] =
        "SELECT i.png FROM documents d JOIN page_images i ON i.doc_id = coalesce(d.words_of, d.id) "
        "WHERE d.id = ?1 AND i.page = ?2",
    /* -> referral_id */
    [Q_DOC_REFERRAL] = "SELECT referral_id FROM documents WHERE id = ?1",
};

const char *fi_sql(fi_q q)
{
    return SQL[q];
}
