"""Build set I (NY01-NY10): HTML + truth, Chromium PDF, fax TIFF (G4), and self-checks.

Usage:  python3 src/build.py          (from /tmp/newlayouts_i, or anywhere)
Needs chromium, pdftoppm, pdftotext, pdfinfo, tiffcp, tiffinfo on PATH.
"""
import html as _html
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import HTML_DIR, TRUTH_DIR, DOCS_DIR, PDF_DIR, npi_ok, date_variants  # noqa: E402
import faxify  # noqa: E402
import docs_1, docs_2, docs_3  # noqa: E402

BUILDERS = [docs_1.ny01, docs_1.ny02, docs_1.ny03, docs_2.ny04, docs_2.ny05,
            docs_2.ny06, docs_3.ny07, docs_3.ny08, docs_3.ny09, docs_3.ny10]
RES = {"fine": (204, 196), "standard": (204, 98)}
SPECIALTY_WORDS = {
    "allergy": ["allergy"], "cardiology": ["cardiology"], "dermatology": ["dermatology"],
    "endocrinology": ["endocrinology"], "gastroenterology": ["gastroenterology"],
    "hematology": ["hematology"], "nephrology": ["nephrology"], "neurology": ["neurology"],
    "oncology": ["oncology"], "ophthalmology": ["ophthalmology"], "orthopedics": ["orthopedic", "orthopaedic"],
    "otolaryngology": ["otolaryngology", "ent"], "pulmonology": ["pulmonology", "pulmonary"],
    "rheumatology": ["rheumatology"], "urology": ["urology"], "psychiatry": ["psychiatry", "psychiatric"],
    "physical_therapy": ["physical therapy"], "podiatry": ["podiatry"],
    "general_surgery": ["general surgery"], "obstetrics_gynecology": ["obstetrics", "gynecology"],
}
FIELDS = ["patient_last_name", "patient_first_name", "patient_dob", "patient_sex", "patient_phone",
          "patient_mrn", "insurance_payer", "insurance_member_id", "referring_provider", "referring_npi",
          "referring_phone", "referring_fax", "referred_to_specialty", "referred_to_provider",
          "diagnosis_codes", "reason", "urgency", "referral_date"]
# ICD-10-CM codes used in this set, with their titles (checked by hand against the code set)
ICD10 = {
    "R56.9": "Unspecified convulsions",
    "R41.82": "Altered mental status, unspecified",
    "E11.3293": "Type 2 diabetes mellitus with mild nonproliferative diabetic retinopathy without macular edema, bilateral",
    "Z79.4": "Long term (current) use of insulin",
    "E05.90": "Thyrotoxicosis, unspecified without thyrotoxic crisis or storm",
    "R00.0": "Tachycardia, unspecified",
    "R63.4": "Abnormal weight loss",
    "M51.16": "Intervertebral disc disorders with radiculopathy, lumbar region",
    "M54.50": "Low back pain, unspecified",
    "S62.024A": "Nondisplaced fracture of middle third of navicular [scaphoid] bone of right wrist, initial encounter for closed fracture",
    "W01.0XXA": "Fall on same level from slipping, tripping and stumbling without subsequent striking against object, initial encounter",
    "O99.013": "Anemia complicating pregnancy, third trimester",
    "D50.9": "Iron deficiency anemia, unspecified",
    "Z3A.28": "28 weeks gestation of pregnancy",
    "Z91.010": "Allergy to peanuts",
    "L20.9": "Atopic dermatitis, unspecified",
    "K80.20": "Calculus of gallbladder without cholecystitis without obstruction",
    "R10.11": "Right upper quadrant pain",
    "H91.21": "Sudden idiopathic hearing loss, right ear",
    "H93.11": "Tinnitus, right ear",
    "F33.1": "Major depressive disorder, recurrent, moderate",
    "F41.1": "Generalized anxiety disorder",
}


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"FAILED {' '.join(map(str, cmd))}\n{r.stderr}")
    return r.stdout


def html_text(src: str) -> str:
    src = re.sub(r"(?is)<(style|script|title)\b.*?</\1>", " ", src)
    src = re.sub(r"(?s)<[^>]+>", " ", src)
    return re.sub(r"\s+", " ", _html.unescape(src).replace("\u00a0", " ")).strip()


def phone_re(n):
    return re.compile(rf"(?<!\d)\(?{n[:3]}\)?[\s./-]*{n[3:6]}[\s./-]*{n[6:]}(?!\d)")


def name_re(first, last):
    f, l = re.escape(first), re.escape(last)
    return re.compile(rf"(?i)\b{f}\b[\w.\s'-]{{0,6}}?\b{l}\b|\b{l}\s*,\s*{f}\b")


def check(fields, t):
    """Each truth value must be printed somewhere in text t (whitespace-normalized)."""
    tl = t.lower()
    nospace = re.sub(r"\s+", "", t)
    errs = []
    for k in fields:
        if k not in FIELDS:
            errs.append(f"unknown field {k}")
    for k, v in fields.items():
        if k in ("patient_dob", "referral_date"):
            ok = bool(re.fullmatch(r"\d{4}-\d\d-\d\d", v)) and any(x.lower() in tl for x in date_variants(v))
        elif k in ("patient_phone", "referring_phone", "referring_fax"):
            ok = len(v) == 10 and v.isdigit() and v[0] not in "01" and v[3] not in "01" and bool(phone_re(v).search(t))
        elif k == "referring_npi":
            ok = npi_ok(v) and v in nospace
        elif k == "patient_sex":
            ok = v in ("M", "F", "U")
        elif k == "referred_to_specialty":
            ok = v in SPECIALTY_WORDS and any(re.search(rf"\b{w}", tl) for w in SPECIALTY_WORDS[v])
        elif k == "urgency":
            ok = v in ("routine", "urgent", "stat") and (v == "routine" or bool(re.search(rf"\b{v}\b", tl)))
        elif k == "diagnosis_codes":
            ok = isinstance(v, list) and len(v) == len(set(v)) and all(
                c in ICD10 and c == c.upper() and "." in c and re.search(rf"(?<![\w.]){re.escape(c)}(?![\w])", t)
                for c in v)
        elif k in ("referring_provider", "referred_to_provider"):
            first, last = v.split(" ", 1)
            bad = re.search(r"\b(Dr|MD|DO|NP|PA|RN|LCSW)\b", v)
            ok = not bad and bool(name_re(first, last).search(t))
        elif k in ("patient_last_name", "patient_first_name"):
            ok = bool(re.search(rf"(?i)\b{re.escape(v)}\b", t))
        elif k in ("insurance_member_id", "patient_mrn"):
            ok = " " not in v and v in nospace
        else:  # reason, insurance_payer: printed verbatim
            ok = v in t
        if not ok:
            errs.append(f"{k}={v!r}")
    if "urgency" not in fields:
        errs.append("urgency missing (truth always carries it)")
    return errs


def fax_pages(doc_id, pdf, mode, header, seed):
    xres, yres = RES[mode]
    prefix = PDF_DIR / f"{doc_id}_pg"
    for old in PDF_DIR.glob(f"{doc_id}_pg*"):
        old.unlink()
    run(["pdftoppm", "-mono", "-rx", str(xres), "-ry", str(yres), str(pdf), str(prefix)])
    pbms = sorted(PDF_DIR.glob(f"{doc_id}_pg*.pbm"))
    tifs = []
    for i, pbm in enumerate(pbms, 1):
        bm = faxify.read_pbm(pbm)
        left, right = header(i, len(pbms))
        faxify.add_header(bm, left, yres, right)
        faxify.add_specks(bm, seed * 100 + i, n=25 + (seed * 7 + i * 5) % 30, yres=yres)
        t = PDF_DIR / f"{doc_id}_pg{i:02d}.tif"
        faxify.write_tiff(t, bm, xres, yres)
        tifs.append(t)
        pbm.unlink()
    out = DOCS_DIR / f"{doc_id}.tif"
    run(["tiffcp", "-c", "g4", *map(str, tifs), str(out)])
    for t in tifs:
        t.unlink()
    return out, len(pbms)


def main():
    for d in (HTML_DIR, TRUTH_DIR, DOCS_DIR, PDF_DIR):
        d.mkdir(parents=True, exist_ok=True)
    allok = True
    for i, b in enumerate(BUILDERS, 1):
        doc_id = f"NY{i:02d}"
        r = b()
        html = HTML_DIR / f"{doc_id}.html"
        html.write_text(r["html"], encoding="utf-8")
        pdf = PDF_DIR / f"{doc_id}.pdf"
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={PDF_DIR / 'chrome-profile'}", "--disable-crash-reporter",
             f"--print-to-pdf={pdf}", html.as_uri()])
        npages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", str(pdf)])).group(1))
        tif, ntif = fax_pages(doc_id, pdf, r["mode"], r["header"], i)
        fields = {k: r["fields"][k] for k in FIELDS if k in r["fields"]}
        truth = {"source": f"{doc_id}.tif", "pages": npages, "kind": r["kind"],
                 "fields": fields, "meta": {"format": "tiff"}}
        (TRUTH_DIR / f"{doc_id}.json").write_text(json.dumps(truth, indent=2) + "\n")
        errs = [f"html: {e}" for e in check(r["fields"], html_text(r["html"]))]
        pdf_text = re.sub(r"\s+", " ", run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"]))
        errs += [f"pdf: {e}" for e in check({k: v for k, v in r["fields"].items() if k != "reason"}, pdf_text)]
        if r["fields"].get("reason") and " ".join(r["fields"]["reason"].split()[:4]) not in pdf_text:
            errs.append("pdf: reason start not found")
        if npages != r["pages"] or ntif != npages:
            errs.append(f"pages pdf={npages} tif={ntif} expected={r['pages']}")
        tinfo = run(["tiffinfo", str(tif)])
        ndir = tinfo.count("TIFF Directory")
        res = sorted(set(re.findall(r"Resolution: ([\d.]+), ([\d.]+) pixels/inch", tinfo)))
        want = [tuple(f"{v}" for v in RES[r["mode"]])]
        if ndir != npages or tinfo.count("CCITT Group 4") != npages or [tuple(str(int(float(x))) for x in p) for p in res] != want:
            errs.append(f"tiff dirs={ndir} res={res}")
        missing = [k for k in FIELDS if k not in fields]
        print(f"{doc_id} {r['mode']:8s} pages={npages} res={res} missing={missing} "
              f"{'OK' if not errs else 'ERR ' + '; '.join(errs)}")
        allok &= not errs
    print("ALL OK" if allok else "SOME ERRORS")
    return 0 if allok else 1


if __name__ == "__main__":
    sys.exit(main())
