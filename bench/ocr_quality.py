#!/usr/bin/env python3
"""OCR quality benchmark for faxintake: are the truth values readable in the OCR text?

What it measures
    The field extractor can only find a value that OCR has read. This script
    runs `faxintake ingest` over the labeled dev corpus and, for every truth
    field value, checks whether the value appears somewhere in the document's
    OCR words (the "ocr" section of each output JSON) in *some* printed form.
    It does not look at the extracted fields at all: it is an upper bound for
    extraction, and a measure of OCR/preprocessing quality per input format.

    Document text: per page, words grouped by (block, line), each line's words
    sorted by x0, lines in reading order (line id, then y) joined with "\\n",
    pages joined with "\\n"; then case-folded with accents removed. Also
    a version with all whitespace removed ("nospace").

    A value counts as present when any printed variant is found:
      dates (patient_dob, referral_date): MM/DD/YYYY, M/D/YYYY, MM-DD-YYYY,
          M-D-YYYY, YYYY-MM-DD, MM.DD.YYYY, MM/DD/YY, M/D/YY, "Month D, YYYY",
          "Mon D, YYYY", "Sept D, YYYY", D-Mon-YYYY, "D Month YYYY",
          "D Mon YYYY", MMDDYYYY; each also searched with spaces removed in
          the nospace text (OCR often drops or adds spaces);
      phones, NPI: the digits appear consecutively in one line after removing
          spaces, dashes, dots, parentheses and slashes within that line
          (not across lines, to avoid false matches across neighbours);
      diagnosis_codes: each code separately (one value each), with its dot
          ("E11.9") or without ("E119"), in the text or the nospace text;
      names (patient_last_name, patient_first_name), insurance_payer,
          patient_mrn: case-insensitive substring after collapsing
          whitespace;
      referring_provider / referred_to_provider ("First Last"): substring
          "first last" or "last, first" / "last first"; otherwise both
          tokens found in the same line (middle initials, titles between);
      insurance_member_id, patient_mrn: also without any spaces (nospace);
      reason: at least 80% of its word tokens ([a-z0-9]+) are in the token
          set of the document text.
    Not scored (codes mapped from wordings, reported as a count only):
      patient_sex, referred_to_specialty, urgency.

    Table: per format group (TIFF fine, TIFF standard, fax PDF (pdf_fax),
    scanned PDF (pdf_scan), born-digital PDF (pdf_text)) and overall: documents,
    pages, values, share present, plus a per-field table. Also the ingest wall
    time and pages per second (pages = pages in the OCR output).

How to run (from anywhere; Python 3 standard library only)
    cmake -S /work/main -B /work/main/build && cmake --build /work/main/build -j2
    python3 bench/ocr_quality.py --jobs 2                # ingest + score (a few min)
    python3 bench/ocr_quality.py --reuse --missing       # rescore the last run
    python3 bench/ocr_quality.py --out /tmp/x --reuse    # score an existing folder

Options: --docs DIR --truth DIR (default: <repo>/../shared/corpus/dev/{docs,truth}),
--out DIR (default: $TMPDIR/faxintake-ocr-quality), --bin PATH (default:
<repo>/build/faxintake), --jobs N (default 2), --tessdata DIR (the model
folder ingest loads eng.traineddata from; bench/ocr_models.sh compares models
with it), --reuse (skip ingest and score --out as it is), --missing (list
every missing value with document and field), --union DIR... (count the OCR
words of other output folders of the same documents too, as if each
document's pages held every reading: the most any way of combining those
readings word by word could find; bench/ocr_models.sh uses it).
Always exits 0 after printing the report (2 on bad usage / nothing to score).
"""

import argparse
import collections
import glob
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.normpath(os.path.join(REPO, "..", "shared", "corpus", "dev"))

GROUPS = [
    ("tiff_fine", "TIFF fine"),
    ("tiff_standard", "TIFF standard"),
    ("pdf_fax", "fax PDF (pdf_fax)"),
    ("pdf_scan", "scanned PDF (pdf_scan)"),
    ("pdf_text", "born-digital PDF (pdf_text)"),
    ("other", "other"),
]

DATE_FIELDS = {"patient_dob", "referral_date"}
DIGIT_FIELDS = {"patient_phone", "referring_phone", "referring_fax", "referring_npi"}
PROVIDER_FIELDS = {"referring_provider", "referred_to_provider"}
SUBSTR_FIELDS = {"patient_last_name", "patient_first_name", "insurance_payer"}
ID_FIELDS = {"insurance_member_id", "patient_mrn"}
SKIP_FIELDS = {"patient_sex", "referred_to_specialty", "urgency"}

MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]


def fold(s):
    """Lower case, accents removed, whitespace collapsed."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower()).strip()


def group_of(meta):
    fmt = meta.get("format")
    if fmt == "tiff":
        return "tiff_fine" if meta.get("resolution") == "fine" else "tiff_standard"
    if fmt in ("pdf_fax", "pdf_scan", "pdf_text"):
        return fmt
    return "other"


class DocText:
    """The OCR text of one output JSON, in the forms the matchers need."""

    def __init__(self, ocr_json):
        self.lines = []          # folded line strings
        self.pages = 0
        self.read_by = collections.Counter()
        self.ms = 0.0
        pages = ((ocr_json or {}).get("ocr") or {}).get("pages") or []
        for page in pages:
            self.pages += 1
            self.read_by[page.get("read_by", "?")] += 1
            try:
                self.ms += float(page.get("ms") or 0)
            except (TypeError, ValueError):
                pass
            groups = collections.OrderedDict()
            for w in page.get("words") or []:
                if not isinstance(w, list) or len(w) < 8:
                    continue
                text = str(w[0])
                if not text.strip():
                    continue
                key = (w[6], w[7])
                groups.setdefault(key, []).append(w)
            ordered = sorted(groups.items(),
                             key=lambda kv: (kv[0][1], min(x[3] for x in kv[1])))
            for _, ws in ordered:
                ws.sort(key=lambda x: x[2])
                self.lines.append(fold(" ".join(str(x[0]) for x in ws)))
        self.text = "\n".join(self.lines)
        self.nospace = re.sub(r"\s+", "", self.text)
        # per line: spaces, dashes, dots, parentheses, slashes removed (digit runs)
        self.digit_lines = [re.sub(r"[\s\-\u2010-\u2015.()/]", "", ln) for ln in self.lines]
        self.tokens = set(re.findall(r"[a-z0-9]+", self.text))

    def has(self, variant):
        variant = fold(variant)
        if variant in self.text:
            return True
        return re.sub(r"\s+", "", variant) in self.nospace


def date_variants(iso):
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", iso.strip())
    if not m:
        return [iso]
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not 1 <= mo <= 12:
        return [iso]
    Y, YY = "%04d" % y, "%02d" % (y % 100)
    MM, DD, M, D = "%02d" % mo, "%02d" % d, str(mo), str(d)
    month = MONTHS[mo - 1]
    mon = month[:3]
    v = [
        f"{MM}/{DD}/{Y}", f"{M}/{D}/{Y}", f"{MM}-{DD}-{Y}", f"{M}-{D}-{Y}",
        f"{Y}-{MM}-{DD}", f"{Y}/{MM}/{DD}", f"{MM}.{DD}.{Y}", f"{MM}/{DD}/{YY}",
        f"{M}/{D}/{YY}", f"{MM}-{DD}-{YY}",
        f"{month} {D}, {Y}", f"{month} {DD}, {Y}", f"{month} {D} {Y}",
        f"{mon} {D}, {Y}", f"{mon}. {D}, {Y}", f"{mon} {DD}, {Y}", f"{mon} {D} {Y}",
        f"{D}-{mon}-{Y}", f"{DD}-{mon}-{Y}", f"{D} {month} {Y}", f"{D} {mon} {Y}",
        f"{DD}{mon}{Y}", f"{MM}{DD}{Y}",
    ]
    if month == "september":
        v += [f"sept {D}, {Y}", f"sept. {D}, {Y}", f"{D}-sept-{Y}"]
    return v


def check(field, value, doc):
    """True when value (one truth value; one code for diagnosis_codes) is in doc."""
    value = str(value)
    if field in DATE_FIELDS:
        return any(doc.has(v) for v in date_variants(value))
    if field in DIGIT_FIELDS:
        digits = re.sub(r"\D", "", value)
        if not digits:
            return False
        return any(digits in ln for ln in doc.digit_lines)
    if field == "diagnosis_codes":
        code = fold(value).replace(" ", "")
        return doc.has(code) or doc.has(code.replace(".", ""))
    if field in PROVIDER_FIELDS:
        parts = fold(value).split()
        if len(parts) < 2:
            return doc.has(value)
        first, last = " ".join(parts[:-1]), parts[-1]
        if doc.has(f"{first} {last}") or doc.has(f"{last}, {first}") or doc.has(f"{last} {first}"):
            return True
        return any(first in ln and last in ln for ln in doc.lines)
    if field in ID_FIELDS:
        v = fold(value)
        return v in doc.text or re.sub(r"\s+", "", v) in doc.nospace
    if field == "reason":
        toks = re.findall(r"[a-z0-9]+", fold(value))
        if not toks:
            return True
        return sum(1 for t in toks if t in doc.tokens) >= 0.8 * len(toks)
    # names, payer and anything else: substring after collapsing whitespace
    return fold(value) in doc.text


def run_ingest(binary, docs, out, jobs, tessdata=None):
    os.makedirs(out, exist_ok=True)
    for d in docs:
        stale = os.path.join(out, os.path.splitext(os.path.basename(d))[0] + ".json")
        if os.path.exists(stale):
            os.remove(stale)
    model = ["--tessdata", tessdata] if tessdata else []
    cmd = [binary, "ingest", "-q", "-o", out, "-j", str(jobs)] + model + docs
    print(f"running: {binary} ingest -q -o {out} -j {jobs} {' '.join(model)} "
          f"<{len(docs)} documents>", flush=True)
    t0 = time.monotonic()
    rc = subprocess.call(cmd)
    wall = time.monotonic() - t0
    if rc != 0:
        print(f"warning: faxintake exited with status {rc} (see stderr above)", flush=True)
    return wall, rc


def pct(a, b):
    return "%5.1f%%" % (100.0 * a / b) if b else "    -"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", default=os.path.join(DEFAULT_CORPUS, "docs"))
    ap.add_argument("--truth", default=os.path.join(DEFAULT_CORPUS, "truth"))
    ap.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "faxintake-ocr-quality"))
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "faxintake"))
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--tessdata", help="Tesseract model folder for ingest (default: the system's)")
    ap.add_argument("--reuse", action="store_true", help="do not run faxintake; score --out as is")
    ap.add_argument("--missing", action="store_true", help="list every missing value")
    ap.add_argument("--union", nargs="+", metavar="DIR", default=[],
                    help="also count the words of these output folders (other readings of the "
                         "same documents): an upper bound for any way of combining them")
    args = ap.parse_args()

    truth_files = sorted(glob.glob(os.path.join(args.truth, "*.json")))
    if not truth_files:
        print(f"no truth files in {args.truth}", file=sys.stderr)
        return 2
    truths = {}
    for tf in truth_files:
        with open(tf, encoding="utf-8") as f:
            truths[os.path.splitext(os.path.basename(tf))[0]] = json.load(f)

    docs = []
    for stem, t in truths.items():
        src = t.get("source")
        cand = [os.path.join(args.docs, src)] if src else []
        cand += sorted(glob.glob(os.path.join(args.docs, stem + ".*")))
        path = next((c for c in cand if os.path.isfile(c)), None)
        if path:
            docs.append(path)
        else:
            print(f"warning: no document for truth {stem} in {args.docs}", file=sys.stderr)

    wall = None
    if not args.reuse:
        if not os.access(args.bin, os.X_OK):
            print(f"{args.bin} not found; build it first:\n"
                  f"  cmake -S {REPO} -B {REPO}/build && cmake --build {REPO}/build -j2",
                  file=sys.stderr)
            return 2
        wall, _ = run_ingest(args.bin, docs, args.out, args.jobs, args.tessdata)

    # per group: docs, pages, values, present; per field: values, present
    g_stats = collections.defaultdict(lambda: collections.Counter())
    f_stats = collections.defaultdict(lambda: collections.Counter())
    fg_stats = collections.defaultdict(lambda: collections.Counter())
    read_by = collections.defaultdict(collections.Counter)
    missing = []
    skipped = collections.Counter()
    broken = []
    total_pages = 0
    total_ms = 0.0
    for stem, t in truths.items():
        g = group_of(t.get("meta") or {})
        outp = os.path.join(args.out, stem + ".json")
        try:
            with open(outp, encoding="utf-8") as f:
                oj = json.load(f)
        except (OSError, ValueError) as e:
            broken.append(f"{stem}: {e}")
            oj = None
        for k, other in enumerate(args.union):
            try:
                with open(os.path.join(other, stem + ".json"), encoding="utf-8") as f:
                    more = json.load(f)["ocr"]["pages"]
            except (OSError, ValueError, KeyError, TypeError):
                continue
            for page, extra in zip(((oj or {}).get("ocr") or {}).get("pages") or [], more):
                # (their own lines: a line id no page of --out uses)
                page.setdefault("words", []).extend(
                    w[:6] + [w[6] + 100000 * (k + 1), w[7] + 100000 * (k + 1)] + w[8:]
                    for w in extra.get("words") or [] if isinstance(w, list) and len(w) >= 8)
        doc = DocText(oj)
        if oj is not None and doc.pages == 0:
            broken.append(f"{stem}: no ocr pages in output (run without --no-ocr-words?)")
        total_pages += doc.pages
        total_ms += doc.ms
        read_by[g].update(doc.read_by)
        gs = g_stats[g]
        gs["docs"] += 1
        gs["pages"] += doc.pages
        for field, value in (t.get("fields") or {}).items():
            if value is None or value == "" or value == []:
                continue
            if field in SKIP_FIELDS:
                skipped[field] += 1
                continue
            values = value if isinstance(value, list) else [value]
            for v in values:
                ok = check(field, v, doc)
                gs["values"] += 1
                gs["present"] += ok
                f_stats[field]["values"] += 1
                f_stats[field]["present"] += ok
                fg_stats[(field, g)]["values"] += 1
                fg_stats[(field, g)]["present"] += ok
                if not ok:
                    missing.append((stem, g, field, v))

    groups = [(k, n) for k, n in GROUPS if g_stats[k]["docs"]]
    print()
    print(f"OCR quality: truth values present in the OCR text   (out: {args.out})")
    print()
    hdr = f"{'group':<30} {'docs':>5} {'pages':>6} {'values':>7} {'present':>8} {'share':>7}   read_by"
    print(hdr)
    print("-" * len(hdr) + "-" * 12)
    tot = collections.Counter()
    for k, name in groups:
        s = g_stats[k]
        tot.update(s)
        rb = ", ".join(f"{n} {c}" for n, c in sorted(read_by[k].items()))
        print(f"{name:<30} {s['docs']:>5} {s['pages']:>6} {s['values']:>7} {s['present']:>8} "
              f"{pct(s['present'], s['values']):>7}   {rb}")
    print("-" * len(hdr) + "-" * 12)
    print(f"{'overall':<30} {tot['docs']:>5} {tot['pages']:>6} {tot['values']:>7} {tot['present']:>8} "
          f"{pct(tot['present'], tot['values']):>7}")
    print()

    # per field x group
    short = {"tiff_fine": "tif-fine", "tiff_standard": "tif-std", "pdf_fax": "pdf_fax",
             "pdf_scan": "pdf_scan", "pdf_text": "pdf_text", "other": "other"}
    hdr = f"{'field':<22} {'values':>6} {'share':>7}  " + " ".join(f"{short[k]:>9}" for k, _ in groups)
    print(hdr)
    print("-" * len(hdr))
    for field in sorted(f_stats):
        s = f_stats[field]
        cells = []
        for k, _ in groups:
            c = fg_stats[(field, k)]
            cells.append(f"{c['present']}/{c['values']}".rjust(9) if c["values"] else "-".rjust(9))
        print(f"{field:<22} {s['values']:>6} {pct(s['present'], s['values']):>7}  " + " ".join(cells))
    print()
    if skipped:
        print("not scored (codes mapped from wordings): "
              + ", ".join(f"{f} {n}" for f, n in sorted(skipped.items())))
    if broken:
        print(f"broken or missing outputs ({len(broken)}): all their values count as missing")
        for b in broken:
            print(f"  {b}")
    print()
    if wall is not None:
        pps = total_pages / wall if wall > 0 else 0.0
        print(f"ingest wall time: {wall:.1f} s for {len(docs)} documents, {total_pages} pages "
              f"(-j {args.jobs}): {pps:.2f} pages/s")
    else:
        print(f"ingest wall time: n/a (--reuse); {total_pages} pages")
    if total_pages:
        print(f"sum of per-page 'ms' in the outputs: {total_ms / 1000:.1f} s "
              f"({total_ms / total_pages:.0f} ms/page)")

    if args.missing and missing:
        print()
        print(f"missing values ({len(missing)}):")
        for stem, g, field, v in sorted(missing):
            print(f"  {stem}  {short[g]:<9} {field:<22} {v}")
    return 0


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # quiet under `| head`
    sys.exit(main())
