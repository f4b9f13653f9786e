import json, os, re, subprocess, glob, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import npi_valid, phone_ok
import docs_a, docs_b

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = [docs_a.ns01(), docs_a.ns02(), docs_a.ns03(), docs_a.ns04(), docs_a.ns05(),
        docs_b.ns06(), docs_b.ns07(), docs_b.ns08(), docs_b.ns09(), docs_b.ns10()]
SPECS = {"allergy","cardiology","dermatology","endocrinology","gastroenterology","general_surgery","hematology","nephrology","neurology","obgyn","oncology","ophthalmology","orthopedics","otolaryngology","physical_therapy","podiatry","psychiatry","pulmonology","radiology","rheumatology","urology"}

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

problems = []
report = []
for d in DOCS:
    i = d["id"]
    html_path = f"{ROOT}/html/{i}.html"
    pdf_path = f"{ROOT}/pdf/{i}.pdf"
    open(html_path, "w").write(d["html"])
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", f"file://{html_path}"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    txt = subprocess.run(["pdftotext", pdf_path, "-"], capture_output=True, text=True).stdout
    ntxt = norm(txt)
    npages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True).stdout).group(1))
    f = d["fields"]
    # field sanity
    if "referring_npi" in f and not npi_valid(f["referring_npi"]): problems.append(f"{i} bad npi")
    for k in ("patient_phone", "referring_phone", "referring_fax"):
        if k in f and not phone_ok(f[k]): problems.append(f"{i} bad phone {k}")
    assert f["referred_to_specialty"] in SPECS
    assert f["urgency"] in ("routine", "urgent", "stat")
    assert f["referral_date"][:7] in ("2026-10", "2026-11")
    # printed checks
    for c in d["checks"]:
        if norm(c) not in ntxt:
            problems.append(f"{i} missing printed: {c!r}")
    # direct field checks (strings that should appear verbatim)
    for k in ("patient_last_name", "patient_first_name", "patient_mrn", "insurance_payer", "insurance_member_id",
              "referring_npi", "reason"):
        if k in f and norm(f[k]) not in ntxt:
            problems.append(f"{i} field {k} not verbatim: {f[k]!r}")
    for code in f["diagnosis_codes"]:
        if code not in ntxt: problems.append(f"{i} code {code} missing")
    for k in ("referring_provider", "referred_to_provider"):
        for part in f[k].split():
            if part.lower() not in ntxt.lower(): problems.append(f"{i} {k} part {part} missing")
    digs = re.sub(r"\D", "", txt)
    for k in ("patient_phone", "referring_phone", "referring_fax"):
        if k in f:
            # must appear as a formatted number in text
            p = f[k]
            pats = [f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}", f"{p[:3]}.{p[3:6]}.{p[6:]}"]
            if not any(x in ntxt for x in pats): problems.append(f"{i} {k} not printed")
    # TIFF
    mode = d["mode"]
    ry = 98 if mode == "standard" else 196
    tmpdir = f"{ROOT}/src/tmp_{i}"
    os.makedirs(tmpdir, exist_ok=True)
    for old in glob.glob(f"{tmpdir}/*"): os.remove(old)
    subprocess.run(["pdftoppm", "-rx", "204", "-ry", str(ry), "-mono", "-tiff", pdf_path, f"{tmpdir}/p"], check=True)
    pages = sorted(glob.glob(f"{tmpdir}/p*.tif"))
    tif = f"{ROOT}/docs/{i}.tif"
    if os.path.exists(tif): os.remove(tif)
    subprocess.run(["tiffcp", "-c", "g4"] + pages + [tif], check=True)
    for pth in pages: os.remove(pth)
    os.rmdir(tmpdir)
    info = subprocess.run(["tiffinfo", tif], capture_output=True, text=True).stdout
    ndirs = info.count("TIFF Directory")
    res = set(re.findall(r"Resolution: ([\d.]+), ([\d.]+)", info))
    if ndirs != npages: problems.append(f"{i} tiff pages {ndirs} != pdf pages {npages}")
    if res != {("204", str(ry))}: problems.append(f"{i} resolution {res}")
    if "CCITT Group 4" not in info: problems.append(f"{i} not G4")
    truth = {"source": f"{i}.tif", "pages": ndirs, "kind": d["kind"], "fields": f, "meta": {"format": "tiff"}}
    json.dump(truth, open(f"{ROOT}/truth/{i}.json", "w"), indent=2, ensure_ascii=False)
    report.append((i, ndirs, mode, res, d["kind"]))

for r in report: print(r)
print("PROBLEMS:" if problems else "ALL CHECKS PASSED")
for p in problems: print("  ", p)
json.dump({d["id"]: {"labels": d["labels"], "distractors": d["distractors"], "mode": d["mode"]} for d in DOCS},
          open(f"{ROOT}/src/labels.json", "w"), indent=2, ensure_ascii=False)
