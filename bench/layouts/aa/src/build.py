"""Build set AA (PB01-PB10): HTML + truth, PDF by headless Chromium, fax TIFF (G4), and verify.

Usage:  python3 src/build.py [PB01 ...]   (from /tmp/newlayouts_aa or anywhere; default: all ten)
Standard library only; needs chromium, pdfinfo, pdftoppm, tiffcp, tiffinfo.
Intermediate files go to build/ (PDFs are kept there for viewing).
"""
import html as _html
import json
import os
import re
import subprocess
import sys
import datetime as dt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import HTML_DIR, TRUTH_DIR, DOCS_DIR, BUILD_DIR, npi_ok, date_variants  # noqa: E402
import docs_a  # noqa: E402
import docs_b  # noqa: E402
import faxify  # noqa: E402

BUILDERS = [docs_a.pb01, docs_a.pb02, docs_a.pb03, docs_a.pb04, docs_a.pb05,
            docs_b.pb06, docs_b.pb07, docs_b.pb08, docs_b.pb09, docs_b.pb10]
RES = {"fine": (204, 196), "standard": (204, 98)}
SPECIALTIES = {"allergy", "cardiology", "dermatology", "endocrinology", "gastroenterology", "hematology",
               "nephrology", "neurology", "oncology", "ophthalmology", "orthopedics", "otolaryngology",
               "pulmonology", "rheumatology", "urology", "psychiatry", "physical_therapy", "podiatry",
               "general_surgery", "obstetrics_gynecology"}
SPEC_WORDS = {"allergy": ["allergy"], "cardiology": ["cardiolog"], "dermatology": ["dermatolog"],
              "endocrinology": ["endocrinolog"], "gastroenterology": ["gastroenterolog"],
              "hematology": ["hematolog"], "nephrology": ["nephrolog"], "neurology": ["neurolog"],
              "oncology": ["oncolog"], "ophthalmology": ["ophthalmolog"], "orthopedics": ["orthopaedic", "orthopedic"],
              "otolaryngology": ["otolaryngolog", "ent\\b"], "pulmonology": ["pulmonolog"],
              "rheumatology": ["rheumatolog"], "urology": ["urolog"], "psychiatry": ["psychiatr"],
              "physical_therapy": ["physical therapy"], "podiatry": ["podiatr"], "general_surgery": ["general surgery"],
              "obstetrics_gynecology": ["obstetric", "gynecolog"]}
FIELDS = ["patient_last_name", "patient_first_name", "patient_dob", "patient_sex", "patient_phone", "patient_mrn",
          "insurance_payer", "insurance_member_id", "referring_provider", "referring_npi", "referring_phone",
          "referring_fax", "referred_to_specialty", "referred_to_provider", "diagnosis_codes", "reason", "urgency",
          "referral_date"]

ENV = dict(os.environ, HOME=str(BUILD_DIR / "home"), TMPDIR=str(BUILD_DIR / "tmp"),
           XDG_CONFIG_HOME=str(BUILD_DIR / "home/.config"), XDG_CACHE_HOME=str(BUILD_DIR / "home/.cache"))
CHROME = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
          "--disable-extensions", "--disable-crash-reporter", f"--user-data-dir={BUILD_DIR / 'chrome-profile'}"]


def run(cmd, capture=True):
    r = subprocess.run(cmd, capture_output=True, text=True, env=ENV)
    if r.returncode:
        sys.exit(f"FAILED {' '.join(map(str, cmd))}\n{r.stderr[-2000:]}")
    return r.stdout


def to_pdf(html_path, pdf_path):
    run(CHROME + ["--no-pdf-header-footer", f"--print-to-pdf={pdf_path}", html_path.as_uri()])
    return int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", str(pdf_path)])).group(1))


# ------------------------------------------------------------------ checks
def html_text(src):
    s = re.sub(r"(?is)<(style|script|title)\b.*?</\1>", " ", src)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    s = _html.unescape(s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def phone_re(n):
    return re.compile(rf"(?<!\d)\(?{n[:3]}\)?[\s./-]*{n[3:6]}[\s.-]*{n[6:]}(?!\d)")


def check_truth_form(f):
    """The truth itself is in the contract's normalized form."""
    errs = []
    for k in f:
        if k not in FIELDS:
            errs.append(f"unknown field {k}")
    for k in ("patient_dob", "referral_date"):
        if k in f:
            try:
                dt.date.fromisoformat(f[k])
            except ValueError:
                errs.append(f"{k} not ISO")
    for k in ("patient_phone", "referring_phone", "referring_fax"):
        if k in f and not re.fullmatch(r"[2-9]\d{2}[2-9]\d{6}", f[k]):
            errs.append(f"{k} not a 10-digit NANP number")
    if "referring_npi" in f and not npi_ok(f["referring_npi"]):
        errs.append("referring_npi fails the check digit")
    if f.get("patient_sex", "M") not in ("M", "F", "U"):
        errs.append("patient_sex")
    if f.get("urgency") not in ("routine", "urgent", "stat"):
        errs.append("urgency missing or not in vocabulary")
    if "referred_to_specialty" in f and f["referred_to_specialty"] not in SPECIALTIES:
        errs.append("specialty not in vocabulary")
    dx = f.get("diagnosis_codes")
    if not isinstance(dx, list) or not dx or not all(re.fullmatch(r"[A-TV-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}|[A-TV-Z]\d[0-9A-Z]", c) for c in dx):
        errs.append("diagnosis_codes malformed")
    for k in ("referring_provider", "referred_to_provider"):
        if k in f and re.search(r"\b(Dr|MD|DO|NP|PA|FNP|PT|DPT)\b\.?", f[k]):
            errs.append(f"{k} carries a title")
    return errs


def check_printed(r, text):
    """Every truth value appears in the document text in some printed form."""
    f = r["fields"]
    t = text
    tl = t.lower()
    squeezed = re.sub(r"\s+", "", t).lower()
    errs = []
    for k, v in f.items():
        if k in ("patient_dob", "referral_date"):
            ok = any(x in tl for x in date_variants(v))
        elif k in ("patient_phone", "referring_phone", "referring_fax"):
            ok = bool(phone_re(v).search(t))
        elif k == "referring_npi":
            ok = bool(re.search(rf"(?<!\d){v}(?!\d)", t)) and npi_ok(v)
        elif k == "patient_sex":
            word = {"M": "male", "F": "female", "U": "unknown"}[v]
            ok = bool(re.search(rf"\b{word}\b", tl) or re.search(rf"(?<![\w.-]){v}(?![\w.-])", t))
        elif k == "referred_to_specialty":
            ok = any(re.search(rf"\b{w}", tl) for w in SPEC_WORDS[v])
        elif k == "urgency":
            ok = (v in tl) if r.get("urgency_printed", True) else (v == "routine")
        elif k == "diagnosis_codes":
            ok = all(re.search(rf"(?<![\w.])(?:{re.escape(c)}|{re.escape(c.replace('.', ''))})(?![\w.])", t) for c in v)
        elif k in ("referring_provider", "referred_to_provider"):
            first, last = v.split(" ", 1)
            pat = (rf"\b{re.escape(first)}\s+(?:[A-Z]\.?\s+)?{re.escape(last)}\b|"
                   rf"\b{re.escape(last)},\s*{re.escape(first)}\b")
            ok = bool(re.search(pat, t, re.I))
        elif k in ("patient_last_name", "patient_first_name"):
            ok = bool(re.search(rf"\b{re.escape(v)}\b", t, re.I))
        elif k in ("insurance_member_id", "patient_mrn"):
            ok = v.lower() in squeezed and " " not in v
        else:  # reason, insurance_payer: as printed
            ok = re.sub(r"\s+", " ", v).lower() in tl
        if not ok:
            errs.append(f"not printed: {k}={v!r}")
    return errs


OVERFLOW_JS = """<script>
(function(){var bad=[];document.querySelectorAll('.inner').forEach(function(e,i){
if(e.scrollHeight>e.clientHeight+1||e.scrollWidth>e.clientWidth+1)bad.push((i+1)+':'+e.scrollHeight+'/'+e.clientHeight+','+e.scrollWidth+'/'+e.clientWidth);
var flow=0,foot=1e9;Array.prototype.forEach.call(e.children,function(c){var r=c.getBoundingClientRect();
if(getComputedStyle(c).position==='absolute'){foot=Math.min(foot,r.top);}else{flow=Math.max(flow,r.bottom);}});
if(flow>foot-2)bad.push((i+1)+':runs into footer by '+Math.round(flow-foot+2)+'px');});
document.body.setAttribute('data-overflow',bad.join(' ')||'none');})();
</script></body>"""


def check_overflow(doc_id, src):
    probe = BUILD_DIR / f"{doc_id}_probe.html"
    probe.write_text(src.replace("</body>", OVERFLOW_JS), encoding="utf-8")
    dom = run(CHROME + ["--dump-dom", probe.as_uri()])
    probe.unlink()
    m = re.search(r'data-overflow="([^"]*)"', dom)
    if not m:
        return ["overflow probe did not run"]
    return [] if m.group(1) == "none" else [f"content overflows its page: {m.group(1)}"]


# ------------------------------------------------------------------ fax rendering
def make_tiff(doc_id, r, pdf, npages):
    xres, yres = RES[r["mode"]]
    hdr_html = BUILD_DIR / f"{doc_id}_faxhdr.html"
    hdr_html.write_text(faxify.fax_header_html(r["fax"], npages), encoding="utf-8")
    hdr_pdf = BUILD_DIR / f"{doc_id}_faxhdr.pdf"
    if to_pdf(hdr_html, hdr_pdf) != npages:
        sys.exit(f"{doc_id}: fax header page count")
    for p in BUILD_DIR.glob(f"{doc_id}_p-*.pbm"):
        p.unlink()
    for p in BUILD_DIR.glob(f"{doc_id}_h-*.pbm"):
        p.unlink()
    run(["pdftoppm", "-mono", "-rx", str(xres), "-ry", str(yres), str(pdf), str(BUILD_DIR / f"{doc_id}_p")])
    run(["pdftoppm", "-mono", "-rx", str(xres), "-ry", str(yres), str(hdr_pdf), str(BUILD_DIR / f"{doc_id}_h")])
    pages = sorted(BUILD_DIR.glob(f"{doc_id}_p-*.pbm"))
    hdrs = sorted(BUILD_DIR.glob(f"{doc_id}_h-*.pbm"))
    assert len(pages) == len(hdrs) == npages
    tifs = []
    for i, (pp, hp) in enumerate(zip(pages, hdrs), 1):
        img = faxify.read_pbm(pp)
        if i in r.get("skew", {}):  # page fed crooked on the sender's scanner; the header line stays straight
            faxify.skew(img, r["skew"][i], xres, yres)
        faxify.or_into(img, faxify.read_pbm(hp))
        rng = faxify.page_rng(doc_id, i)
        faxify.specks(img, rng, yres / 196)
        if r.get("dropouts", {}).get(i):
            faxify.dropouts(img, rng, r["dropouts"][i], yres / 196)
        t = BUILD_DIR / f"{doc_id}_pg{i}.tif"
        faxify.write_tiff(t, img, xres, yres)
        tifs.append(str(t))
        pp.unlink()
        hp.unlink()
    out = DOCS_DIR / f"{doc_id}.tif"
    if out.exists():
        out.unlink()
    run(["tiffcp", "-c", "g4", *tifs, str(out)])
    for t in tifs:
        os.unlink(t)
    return out


def check_tiff(tif, npages, mode):
    info = run(["tiffinfo", str(tif)])
    errs = []
    ndir = info.count("TIFF Directory")
    if ndir != npages:
        errs.append(f"tiff has {ndir} pages")
    if info.count("CCITT Group 4") != npages:
        errs.append("not G4 on every page")
    xres, yres = RES[mode]
    res = set(re.findall(r"Resolution: ([\d.]+), ([\d.]+) pixels/inch", info))
    if res != {(f"{xres}", f"{yres}")} and res != {(f"{xres}.0", f"{yres}.0")}:
        errs.append(f"resolution tags {res}")
    return errs, sorted(res)


def main():
    for d in (HTML_DIR, TRUTH_DIR, DOCS_DIR, BUILD_DIR, BUILD_DIR / "tmp", BUILD_DIR / "home"):
        d.mkdir(parents=True, exist_ok=True)
    allok = True
    modes = {}
    for i, b in enumerate(BUILDERS, 1):
        doc_id = f"PB{i:02d}"
        if len(sys.argv) > 1 and doc_id not in sys.argv[1:]:
            continue
        r = b()
        f = {k: r["fields"][k] for k in FIELDS if k in r["fields"]}
        src = r["html"]
        html_path = HTML_DIR / f"{doc_id}.html"
        html_path.write_text(src, encoding="utf-8")
        errs = check_truth_form(r["fields"]) + check_printed(r, html_text(src)) + check_overflow(doc_id, src)
        pdf = BUILD_DIR / f"{doc_id}.pdf"
        npages = to_pdf(html_path, pdf)
        if npages != r["pages"]:
            errs.append(f"pdf has {npages} pages, expected {r['pages']}")
        # the PDF text must carry the values too (catches anything the renderer dropped)
        errs += [e + " (in PDF text)" for e in check_printed(r, re.sub(r"\s+", " ", run(["pdftotext", str(pdf), "-"])))]
        tif = make_tiff(doc_id, r, pdf, npages)
        terrs, res = check_tiff(tif, npages, r["mode"])
        errs += terrs
        truth = {"source": f"{doc_id}.tif", "pages": npages, "kind": r["kind"], "fields": f,
                 "meta": {"format": "tiff"}}
        (TRUTH_DIR / f"{doc_id}.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        modes[r["mode"]] = modes.get(r["mode"], 0) + 1
        missing = [k for k in FIELDS if k not in f]
        fx = "".join([f" skew={r['skew']}" if r.get("skew") else "", f" dropouts={r['dropouts']}" if r.get("dropouts") else ""])
        print(f"{doc_id} {r['mode']:8s} pages={npages}{fx} fields={len(f)} absent={missing} "
              f"{'OK' if not errs else 'ERR ' + '; '.join(errs)}")
        allok &= not errs
    print(f"modes: {modes}")
    print("ALL OK" if allok else "SOME ERRORS")
    return 0 if allok else 1


if __name__ == "__main__":
    sys.exit(main())
