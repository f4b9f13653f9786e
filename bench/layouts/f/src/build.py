"""Generate HTML + truth for NV01-NV10, render to PDF and fax TIFF (G4), verify.

Usage: python3 build.py            (everything)
Paths are relative to this script's parent directory.
"""
import json, re, subprocess, sys
from common import HTML_DIR, TRUTH_DIR, DOCS_DIR, PDF_DIR, npi_ok, date_variants
import docs_a, docs_b

BUILDERS = [docs_a.nv01, docs_a.nv02, docs_a.nv03, docs_a.nv04, docs_a.nv05,
            docs_b.nv06, docs_b.nv07, docs_b.nv08, docs_b.nv09, docs_b.nv10]
RES = {"fine": ("204", "196"), "standard": ("204", "98")}
SPEC_WORDS = {"cardiology": ["Cardiology", "Electrophysiology"], "gastroenterology": ["Gastroenterology"],
              "oncology": ["Oncology"], "obgyn": ["Obstetrics", "Gynecology"], "orthopedics": ["Orthopedic"],
              "nephrology": ["Kidney", "Nephrology"], "psychiatry": ["Psychiatry"], "neurology": ["Neurology"],
              "urology": ["UROLOGY", "Urology"], "pulmonology": ["PULMONARY"]}
SPECIALTIES = set("allergy cardiology dermatology endocrinology gastroenterology general_surgery hematology nephrology neurology obgyn oncology ophthalmology orthopedics otolaryngology physical_therapy podiatry psychiatry pulmonology radiology rheumatology urology".split())


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"FAILED {cmd}\n{r.stderr}")
    return r.stdout


def phone_re(n):
    return re.compile(rf"\(?{n[:3]}\)?[\s./-]*{n[3:6]}[\s.-]*{n[6:]}(?!\d)")


def check(doc_id, fields, text):
    t = re.sub(r"\s+", " ", text)
    tl = t.lower()
    nospace = re.sub(r"\s+", "", t)
    errs = []
    for k, v in fields.items():
        ok = True
        if k in ("patient_dob", "referral_date"):
            ok = any(x in t for x in date_variants(v))
            if k == "referral_date":
                ok = ok and v[:7] in ("2026-10", "2026-11")
        elif k.endswith("_phone") or k.endswith("_fax"):
            ok = bool(phone_re(v).search(t)) and len(v) == 10 and v[0] not in "01" and v[3] not in "01"
        elif k == "referring_npi":
            ok = v in t and npi_ok(v)
        elif k == "patient_sex":
            ok = v in ("M", "F", "U")
        elif k == "referred_to_specialty":
            ok = v in SPECIALTIES and any(w in t for w in SPEC_WORDS[v])
        elif k == "urgency":
            ok = v in tl and v in ("routine", "urgent", "stat")
        elif k == "diagnosis_codes":
            ok = all(c in t for c in v)
        elif k in ("referring_provider", "referred_to_provider"):
            first, last = v.split(" ", 1)
            ok = first.lower() in tl and last.lower() in tl
        elif k in ("patient_last_name", "patient_first_name"):
            ok = v.lower() in tl
        elif k in ("insurance_member_id", "patient_mrn"):
            ok = v in nospace and " " not in v
        else:  # reason, payer
            ok = v in t
        if not ok:
            errs.append(f"{k}={v!r}")
    return errs


def main():
    for d in (HTML_DIR, TRUTH_DIR, DOCS_DIR, PDF_DIR):
        d.mkdir(parents=True, exist_ok=True)
    allok = True
    for i, b in enumerate(BUILDERS, 1):
        doc_id = f"NV{i:02d}"
        r = b()
        html = HTML_DIR / f"{doc_id}.html"
        html.write_text(r["html"], encoding="utf-8")
        pdf = PDF_DIR / f"{doc_id}.pdf"
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={pdf}", html.as_uri()])
        npages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", str(pdf)])).group(1))
        text = run(["pdftotext", str(pdf), "-"])
        rx, ry = RES[r["mode"]]
        prefix = PDF_DIR / f"{doc_id}_pg"
        for old in PDF_DIR.glob(f"{doc_id}_pg*.tif"):
            old.unlink()
        run(["pdftoppm", "-mono", "-tiff", "-rx", rx, "-ry", ry, str(pdf), str(prefix)])
        pages = sorted(PDF_DIR.glob(f"{doc_id}_pg*.tif"))
        tif = DOCS_DIR / f"{doc_id}.tif"
        run(["tiffcp", "-c", "g4", *map(str, pages), str(tif)])
        for p in pages:
            p.unlink()
        truth = {"source": f"{doc_id}.tif", "pages": npages, "kind": r["kind"],
                 "fields": r["fields"], "meta": {"format": "tiff"}}
        (TRUTH_DIR / f"{doc_id}.json").write_text(json.dumps(truth, indent=2) + "\n")
        errs = check(doc_id, r["fields"], text)
        if npages != r["pages"]:
            errs.append(f"pages {npages} != expected {r['pages']}")
        tinfo = run(["tiffinfo", str(tif)])
        ndir = tinfo.count("TIFF Directory")
        if ndir != npages or "CCITT Group 4" not in tinfo:
            errs.append(f"tiff dirs={ndir}")
        res = sorted(set(re.findall(r"Resolution: ([\d.]+), ([\d.]+)", tinfo)))
        print(f"{doc_id} {r['mode']:8s} pages={npages} tiffdirs={ndir} res={res} {'OK' if not errs else 'ERR ' + '; '.join(errs)}")
        allok &= not errs
    print("ALL OK" if allok else "SOME ERRORS")


if __name__ == "__main__":
    main()
