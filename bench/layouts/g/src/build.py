"""Build set G: NW01-NW10 HTML + truth, render to PDF and fax TIFF (G4), verify.

Usage:  python3 src/build.py [NW03 ...]     (no argument: all ten)

Pipeline per document:
  html/NWxx.html --chromium --print-to-pdf--> pdf/NWxx.pdf
  --pdftoppm -mono -rx 204 -ry 196|98--> PBM pages --light fax specks (this script)-->
  --ppm2tiff + tiffset YResolution--> one-page TIFFs --tiffcp -c g4--> docs/NWxx.tif
Checks: every truth value is printed (in the HTML text and in the PDF text), every NPI
passes its check digit, codes/vocabularies are the contract's, page count and TIFF tags.
"""
import datetime as dt
import html as htmlmod
import json
import random
import re
import subprocess
import sys

from common import HTML_DIR, TRUTH_DIR, DOCS_DIR, WORK_DIR, npi_ok, date_variants
import docs_a
import docs_b

BUILDERS = {f"NW{i:02d}": b for i, b in enumerate(
    [docs_a.nw01, docs_a.nw02, docs_a.nw03, docs_a.nw04, docs_a.nw05,
     docs_b.nw06, docs_b.nw07, docs_b.nw08, docs_b.nw09, docs_b.nw10], 1)}

RES = {"fine": (204, 196), "standard": (204, 98)}

SPECIALTIES = set("""allergy cardiology dermatology endocrinology gastroenterology hematology
nephrology neurology oncology ophthalmology orthopedics otolaryngology pulmonology rheumatology
urology psychiatry physical_therapy podiatry general_surgery obstetrics_gynecology""".split())
SPEC_WORDS = {
    "neurology": ["neurology"], "nephrology": ["nephrology"], "oncology": ["oncology"],
    "podiatry": ["podiatry"], "pulmonology": ["pulmonary"], "cardiology": ["cardiology"],
    "psychiatry": ["psychiatry"], "otolaryngology": ["ear, nose", "otolaryngology", "ent"],
    "orthopedics": ["orthopaedic", "orthopedic"], "dermatology": ["dermatology"],
}
# Every ICD-10-CM code used as truth, with its official short meaning (curated by hand).
ICD10 = {
    "I63.412": "Cerebral infarction due to embolism of left middle cerebral artery",
    "I48.91": "Unspecified atrial fibrillation",
    "N18.6": "End stage renal disease",
    "I12.0": "Hypertensive CKD with stage 5 CKD or end stage renal disease",
    "Z99.2": "Dependence on renal dialysis",
    "C18.7": "Malignant neoplasm of sigmoid colon",
    "D50.0": "Iron deficiency anemia secondary to blood loss (chronic)",
    "E11.621": "Type 2 diabetes mellitus with foot ulcer",
    "L97.512": "Non-pressure chronic ulcer of other part of right foot with fat layer exposed",
    "R06.83": "Snoring",
    "G47.10": "Hypersomnia, unspecified",
    "E66.9": "Obesity, unspecified",
    "I20.0": "Unstable angina",
    "R94.31": "Abnormal electrocardiogram",
    "F90.2": "ADHD, combined type",
    "F41.1": "Generalized anxiety disorder",
    "J32.0": "Chronic maxillary sinusitis",
    "K04.7": "Periapical abscess without sinus",
    "S83.241A": "Other tear of medial meniscus, current injury, right knee, initial encounter",
    "M25.561": "Pain in right knee",
    "D48.5": "Neoplasm of uncertain behavior of skin",
    "Z85.820": "Personal history of malignant melanoma of skin",
}
CONTRACT_FIELDS = """patient_last_name patient_first_name patient_dob patient_sex patient_phone
patient_mrn insurance_payer insurance_member_id referring_provider referring_npi referring_phone
referring_fax referred_to_specialty referred_to_provider diagnosis_codes reason urgency
referral_date""".split()
TITLES = re.compile(r"\b(dr|md|do|np|pa|pa-c|dds|dmd|dpm|rn|fnp|pnp|phd)\b\.?", re.I)


def run(cmd, **kw):
    r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    if r.returncode:
        sys.exit(f"FAILED {cmd}\n{r.stderr}")
    return r.stdout


def html_text(src: str) -> str:
    s = re.sub(r"(?is)<(style|script|title)[^>]*>.*?</\1>", " ", src)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return htmlmod.unescape(s)


def norm(t: str) -> str:
    t = t.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("\u00a0", " ")
    t = re.sub(r"\s+", " ", t)
    return re.sub(r"(?<=[A-Za-z0-9])- (?=[A-Za-z0-9])", "-", t)   # a hyphenated word wrapped at the line end


def phone_re(n):
    return re.compile(rf"(?<!\d)(?:\+?1[\s.-]*)?\(?{n[:3]}\)?[\s./-]*{n[3:6]}[\s./-]*{n[6:]}(?!\d)")


def check_values(fields):
    """Normalized-form checks on the truth itself (contract vocabularies and shapes)."""
    errs = []
    for k, v in fields.items():
        if k not in CONTRACT_FIELDS:
            errs.append(f"unknown field {k}")
        elif k in ("patient_dob", "referral_date"):
            try:
                dt.date.fromisoformat(v)
            except ValueError:
                errs.append(f"{k} not ISO")
        elif k.endswith("_phone") or k.endswith("_fax"):
            if not re.fullmatch(r"[2-9]\d\d[2-9]\d{6}", v):
                errs.append(f"{k} not a 10-digit NANP number")
        elif k == "referring_npi":
            if not npi_ok(v):
                errs.append("referring_npi fails check digit")
        elif k == "patient_sex" and v not in ("M", "F", "U"):
            errs.append("sex")
        elif k == "urgency" and v not in ("routine", "urgent", "stat"):
            errs.append("urgency")
        elif k == "referred_to_specialty" and v not in SPECIALTIES:
            errs.append("specialty")
        elif k == "diagnosis_codes":
            if not isinstance(v, list) or not v:
                errs.append("diagnosis_codes not a list")
            for c in v:
                if c not in ICD10 or not re.fullmatch(r"[A-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}", c):
                    errs.append(f"code {c} not in curated ICD-10-CM list")
        elif k in ("referring_provider", "referred_to_provider"):
            if TITLES.search(v) or len(v.split()) < 2 or "," in v:
                errs.append(f"{k} not 'First Last'")
        elif k in ("insurance_member_id", "patient_mrn") and re.search(r"\s", v):
            errs.append(f"{k} has spaces")
    if "urgency" not in fields:
        errs.append("urgency missing (truth always has it)")
    return errs


def check_printed(fields, text, extra_npis=()):
    """Every truth value must be printed in some form in `text`."""
    t = norm(text)
    tl = t.lower()
    nospace = re.sub(r"\s+", "", t).lower()
    errs = []
    for k, v in fields.items():
        if k in ("patient_dob", "referral_date"):
            ok = any(x.lower() in tl for x in date_variants(v))
        elif k.endswith("_phone") or k.endswith("_fax"):
            ok = bool(phone_re(v).search(t))
        elif k == "referring_npi":
            ok = v in t
        elif k == "patient_sex":
            word = {"M": ["male", "sex: m", "m"], "F": ["female", "f"], "U": ["unknown"]}[v]
            ok = any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", tl) for w in word)
        elif k == "referred_to_specialty":
            ok = any(re.search(rf"(?<![a-z]){re.escape(w)}", tl) for w in SPEC_WORDS[v])
        elif k == "urgency":
            ok = v == "routine" or v in tl
        elif k == "diagnosis_codes":
            ok = all(c in t for c in v)
        elif k in ("referring_provider", "referred_to_provider"):
            first, last = v.split(" ", 1)
            ok = first.lower() in tl and last.lower() in tl
        elif k in ("patient_last_name", "patient_first_name"):
            ok = v.lower() in tl
        elif k in ("insurance_member_id", "patient_mrn"):
            ok = v.lower() in nospace
        else:  # reason, insurance_payer: verbatim (case-insensitive, whitespace folded)
            ok = norm(v).lower() in tl
        if not ok:
            errs.append(f"not printed: {k}={v!r}")
    for n in extra_npis:
        if not npi_ok(n):
            errs.append(f"noise NPI {n} fails check digit")
        if n not in t:
            errs.append(f"noise NPI {n} not printed")
    return errs


# ------------------------------------------------------------------ fax noise on PBM (P4)
def read_pbm(path):
    data = path.read_bytes()
    m = re.match(rb"P4\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s", data)
    w, h = int(m.group(1)), int(m.group(2))
    return w, h, bytearray(data[m.end():]), data[:m.end()]


def add_specks(path, seed, mode):
    """A few specks and a short edge streak, as a fax line leaves them. Never over text blocks
    large enough to matter: specks are 1-3 px."""
    w, h, px, header = read_pbm(path)
    rb = (w + 7) // 8
    rnd = random.Random(seed)

    def setpx(x, y):
        if 0 <= x < w and 0 <= y < h:
            px[y * rb + x // 8] |= 0x80 >> (x % 8)

    for _ in range(rnd.randint(25, 60)):
        x, y, s = rnd.randrange(w), rnd.randrange(h), rnd.choice((1, 1, 2, 2, 3))
        for dx in range(s):
            for dy in range(max(1, s // (2 if mode == "standard" else 1))):
                if rnd.random() < 0.8:
                    setpx(x + dx, y + dy)
    # a short vertical streak in the left or right margin
    x = rnd.choice((rnd.randrange(8, 40), w - rnd.randrange(8, 40)))
    y0 = rnd.randrange(h // 2)
    for y in range(y0, y0 + rnd.randrange(h // 20, h // 6)):
        if rnd.random() < 0.85:
            setpx(x, y)
    path.write_bytes(header + bytes(px))


def render(doc_id, r):
    html_path = HTML_DIR / f"{doc_id}.html"
    html_path.write_text(r["html"], encoding="utf-8")
    pdf = WORK_DIR / f"{doc_id}.pdf"
    run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
         f"--print-to-pdf={pdf}", html_path.as_uri()])
    npages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", pdf])).group(1))
    pdf_text = run(["pdftotext", "-layout", pdf, "-"])
    rx, ry = RES[r["mode"]]
    for old in WORK_DIR.glob(f"{doc_id}_pg*"):
        old.unlink()
    prefix = WORK_DIR / f"{doc_id}_pg"
    run(["pdftoppm", "-mono", "-rx", rx, "-ry", ry, pdf, prefix])
    pbms = sorted(WORK_DIR.glob(f"{doc_id}_pg*.pbm"))
    tifs = []
    for i, pbm in enumerate(pbms):
        if r.get("specks", True):
            add_specks(pbm, f"{doc_id}-{i}", r["mode"])
        tif = pbm.with_suffix(".tif")
        run(["ppm2tiff", "-c", "none", "-R", rx, pbm, tif])
        run(["tiffset", "-s", "283", str(ry), tif])      # YResolution
        tifs.append(tif)
    out = DOCS_DIR / f"{doc_id}.tif"
    if out.exists():
        out.unlink()
    run(["tiffcp", "-c", "g4", *tifs, out])
    for p in pbms + tifs:
        p.unlink()
    return npages, pdf_text, out


def main(argv):
    for d in (HTML_DIR, TRUTH_DIR, DOCS_DIR, WORK_DIR):
        d.mkdir(parents=True, exist_ok=True)
    ids = argv or list(BUILDERS)
    allok = True
    for doc_id in ids:
        r = BUILDERS[doc_id]()
        f = r["fields"]
        npages, pdf_text, tif = render(doc_id, r)
        errs = check_values(f)
        errs += ["HTML " + e for e in check_printed(f, html_text(r["html"]), r.get("noise_npis", ()))]
        errs += ["PDF " + e for e in check_printed(f, pdf_text, r.get("noise_npis", ()))]
        if npages != r["pages"]:
            errs.append(f"pages {npages} != expected {r['pages']}")
        truth = {"source": f"{doc_id}.tif", "pages": npages, "kind": r["kind"],
                 "fields": f, "meta": {"format": "tiff"}}
        (TRUTH_DIR / f"{doc_id}.json").write_text(json.dumps(truth, indent=2) + "\n")
        tinfo = run(["tiffinfo", tif])
        ndir = tinfo.count("TIFF Directory at")
        if ndir != npages:
            errs.append(f"tiff directories {ndir} != pages {npages}")
        if tinfo.count("CCITT Group 4") != ndir:
            errs.append("not all pages G4")
        res = sorted(set(re.findall(r"Resolution: ([\d.]+), ([\d.]+) pixels/inch", tinfo)))
        want = [tuple(str(x) for x in RES[r["mode"]])]
        if res != want:
            errs.append(f"resolution {res} != {want}")
        missing = [k for k in CONTRACT_FIELDS if k not in f]
        print(f"{doc_id} {r['mode']:8s} pages={npages} res={res} absent={missing} "
              f"{'OK' if not errs else 'ERR ' + '; '.join(errs)}")
        allok &= not errs
    print("ALL OK" if allok else "SOME ERRORS")
    return 0 if allok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
