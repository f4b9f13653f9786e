"""Build set H (NX01-NX10): HTML + truth -> PDF (headless Chromium) -> fax G4 TIFF; verify.

Usage: python3 src/build.py          (Python 3 standard library only)
Needs: chromium, pdftoppm, pdfinfo, pdftotext, tiffcp, tiffinfo.
"""
import html as _html
import json
import re
import subprocess
import sys
import unicodedata

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from common import (HTML_DIR, TRUTH_DIR, DOCS_DIR, WORK_DIR, SPECIALTIES, npi_ok, date_variants)
import docs1
import docs2
import faxify

BUILDERS = [docs1.nx01, docs1.nx02, docs1.nx03, docs1.nx04, docs1.nx05,
            docs2.nx06, docs2.nx07, docs2.nx08, docs2.nx09, docs2.nx10]
RES = {"fine": (204, 196), "standard": (204, 98)}
FIELDS = ["patient_last_name", "patient_first_name", "patient_dob", "patient_sex", "patient_phone",
          "patient_mrn", "insurance_payer", "insurance_member_id", "referring_provider", "referring_npi",
          "referring_phone", "referring_fax", "referred_to_specialty", "referred_to_provider",
          "diagnosis_codes", "reason", "urgency", "referral_date"]
SPEC_WORDS = {
    "endocrinology": ["endocrin"], "orthopedics": ["orthop"], "ophthalmology": ["ophthalm"],
    "general_surgery": ["general surgery"], "podiatry": ["podiatr"], "gastroenterology": ["gastro"],
    "otolaryngology": ["otolaryng", "ent"], "hematology": ["hematolog"], "rheumatology": ["rheumatolog"],
    "pulmonology": ["pulmonolog"],
}
URG_WORDS = {"urgent": [r"\burgent", r"\burgente"], "stat": [r"\bstat\b"]}
# Real ICD-10-CM codes used in this set (checked by hand against the 2026 tabular list).
ICD_OK = {"E05.90", "E04.1", "M51.16", "M99.03", "H25.13", "H40.013", "K40.90", "E11.621",
          "L97.412", "E11.42", "D50.0", "K92.1", "H90.41", "H93.11", "D72.829", "D64.9", "D69.6",
          "M25.50", "R76.8", "R53.83", "R91.1", "Z87.891"}


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"FAILED {' '.join(map(str, cmd))}\n{r.stderr}")
    return r.stdout


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def visible_text(html):
    """The text a person sees: drop <style>, tags, decode entities, collapse spaces."""
    h = re.sub(r"(?is)<(style|script|title)[^>]*>.*?</\1>", " ", html)
    h = re.sub(r"(?i)<br\s*/?>", " ", h)
    h = re.sub(r"<[^>]+>", " ", h)
    t = _html.unescape(h).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", t)


def phone_re(n):
    return re.compile(rf"(?<!\d)\(?{n[:3]}\)?[\s./-]*{n[3:6]}[\s.-]*{n[6:]}(?!\d)")


def check(fields, text):
    """Each truth value must appear on the page in some printed form. Returns errors."""
    t = text
    tl = fold(t)
    nospace = re.sub(r"\s+", "", t).lower()
    errs = []
    for k in fields:
        if k not in FIELDS:
            errs.append(f"unknown field {k}")
    for k, v in fields.items():
        if k in ("patient_dob", "referral_date"):
            ok = re.fullmatch(r"\d{4}-\d\d-\d\d", v) and any(x in t for x in date_variants(v))
            if k == "referral_date":
                ok = ok and v[:7] in ("2026-10", "2026-11")
        elif k in ("patient_phone", "referring_phone", "referring_fax"):
            ok = (re.fullmatch(r"\d{10}", v) and v[0] not in "01" and v[3] not in "01"
                  and bool(phone_re(v).search(t)))
        elif k == "referring_npi":
            ok = npi_ok(v) and v in t
        elif k == "patient_sex":
            ok = v in ("M", "F", "U")
        elif k == "referred_to_specialty":
            ok = v in SPECIALTIES and any(re.search(r"\b" + w, tl) for w in SPEC_WORDS[v])
        elif k == "urgency":
            ok = v in ("routine", "urgent", "stat") and (
                v == "routine" or any(re.search(w, tl) for w in URG_WORDS[v]))
        elif k == "diagnosis_codes":
            ok = (isinstance(v, list) and len(v) == len(set(v)) and all(
                re.fullmatch(r"[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?", c) and c in ICD_OK and c in t for c in v))
        elif k in ("referring_provider", "referred_to_provider"):
            first, last = v.split(" ", 1)
            ok = (fold(first) in tl and fold(last) in tl
                  and not re.search(r"\b(dr|md|do|np|pa|dc|od)\b\.?", v.lower()))
        elif k in ("patient_last_name", "patient_first_name"):
            ok = fold(v) in tl
        elif k in ("insurance_member_id", "patient_mrn"):
            ok = " " not in v and v.lower() in nospace
        else:  # reason, insurance_payer: printed verbatim (case-insensitive); a reason may
            # run over several lines of an ASCII table, so box-drawing pipes are read as spaces
            ok = fold(v) in tl or fold(v) in re.sub(r"[\s|]+", " ", tl)
        if not ok:
            errs.append(f"{k}={v!r}")
    if "urgency" not in fields:
        errs.append("urgency missing (truth always carries it)")
    return errs


def main():
    for d in (HTML_DIR, TRUTH_DIR, DOCS_DIR, WORK_DIR):
        d.mkdir(parents=True, exist_ok=True)
    allok = True
    for i, b in enumerate(BUILDERS, 1):
        doc_id = f"NX{i:02d}"
        r = b()
        html_path = HTML_DIR / f"{doc_id}.html"
        html_path.write_text(r["html"], encoding="utf-8")
        pdf = WORK_DIR / f"{doc_id}.pdf"
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={pdf}", html_path.as_uri()])
        npages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", str(pdf)])).group(1))
        pdftext = re.sub(r"\s+", " ", run(["pdftotext", str(pdf), "-"]))
        xres, yres = RES[r["mode"]]
        prefix = WORK_DIR / f"{doc_id}_pg"
        for old in list(WORK_DIR.glob(f"{doc_id}_pg*")):
            old.unlink()
        run(["pdftoppm", "-mono", "-rx", str(xres), "-ry", str(yres), str(pdf), str(prefix)])
        pbms = sorted(WORK_DIR.glob(f"{doc_id}_pg*.pbm"))
        tifs = []
        for n, pbm in enumerate(pbms, 1):
            w, h, raster = faxify.read_pbm(pbm)
            noise = dict(r.get("noise", {}))
            faxify.add_noise(w, h, raster, seed=f"{doc_id}-{n}", yscale=yres / xres, **noise)
            tp = pbm.with_suffix(".tif")
            faxify.write_tiff(tp, w, h, raster, xres, yres)
            tifs.append(str(tp))
            pbm.unlink()
        tif = DOCS_DIR / f"{doc_id}.tif"
        if tif.exists():
            tif.unlink()
        run(["tiffcp", "-c", "g4", *tifs, str(tif)])
        for tp in tifs:
            __import__("os").unlink(tp)

        fields = {k: r["fields"][k] for k in FIELDS if k in r["fields"]}
        truth = {"source": f"{doc_id}.tif", "pages": npages, "kind": r["kind"],
                 "fields": fields, "meta": {"format": "tiff"}}
        (TRUTH_DIR / f"{doc_id}.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")
        errs = check(fields, visible_text(r["html"]))
        warn = check(fields, pdftext)   # same check on the rendered PDF's text layer
        if npages != r["pages"]:
            errs.append(f"pages {npages} != expected {r['pages']}")
        tinfo = run(["tiffinfo", str(tif)])
        ndir = tinfo.count("TIFF Directory")
        if ndir != npages or tinfo.count("CCITT Group 4") != npages:
            errs.append(f"tiff dirs={ndir} / G4 pages={tinfo.count('CCITT Group 4')}")
        res = sorted(set(re.findall(r"Resolution: ([\d.]+), ([\d.]+)", tinfo)))
        if res != [(f"{xres}", f"{yres}")] and res != [(f"{xres:.0f}", f"{yres:.0f}")]:
            errs.append(f"resolution {res}")
        missing = [k for k in FIELDS if k not in fields]
        print(f"{doc_id} {r['mode']:8s} pages={npages} tiffdirs={ndir} res={res} "
              f"{'OK' if not errs else 'ERR ' + '; '.join(errs)}"
              + (f"  [pdf-text warn: {'; '.join(warn)}]" if warn else "")
              + (f"  absent: {','.join(missing)}" if missing else ""))
        allok &= not errs
    print("ALL OK" if allok else "SOME ERRORS")
    sys.exit(0 if allok else 1)


if __name__ == "__main__":
    main()
