"""Render html -> pdf -> G4 fax TIFF, write truth, verify."""
import glob, json, os, re, subprocess, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, f"{ROOT}/src")
from common import luhn_ok

def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(f"FAILED {cmd}\n{r.stderr}")
    return r.stdout

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

ok_all = True
for mf in sorted(glob.glob(f"{ROOT}/src/NT*.meta.json")):
    m = json.load(open(mf)); i = m["id"]
    html = f"{ROOT}/html/{i}.html"; pdf = f"{ROOT}/pdf/{i}.pdf"; tif = f"{ROOT}/docs/{i}.tif"
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", f"file://{html}"])
    pages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", pdf])).group(1))
    ry = "98" if m["mode"] == "standard" else "196"
    tmpd = f"{ROOT}/pdf/{i}_pages"; os.makedirs(tmpd, exist_ok=True)
    for old in glob.glob(f"{tmpd}/*"): os.remove(old)
    run(["pdftoppm", "-mono", "-tiff", "-rx", "204", "-ry", ry, pdf, f"{tmpd}/p"])
    pts = sorted(glob.glob(f"{tmpd}/p*.tif"))
    assert len(pts) == pages, (i, pts, pages)
    run(["tiffcp", "-c", "g4", *pts, tif])
    info = run(["tiffinfo", tif])
    ndirs = info.count("TIFF Directory")
    comp = set(re.findall(r"Compression Scheme: (.+)", info))
    res = set(re.findall(r"Resolution: (.+)", info))
    # text checks
    txt = norm(run(["pdftotext", pdf, "-"])) + " || " + norm(run(["pdftotext", "-layout", pdf, "-"]))
    low = txt.lower()
    miss = []
    for k, v in m["checks"].items():
        vals = v if isinstance(v, list) else [v]
        for s in vals:
            s = norm(s)
            if k in ("referring_provider", "referred_to_provider", "urgency", "referred_to_specialty",
                     "patient_first_name", "patient_last_name"):
                hit = s.lower() in low
            else:
                hit = s in txt
            if not hit: miss.append((k, s))
    fl = m["fields"]
    # field-vs-check consistency
    assert set(fl) == set(m["checks"]), i
    digits_txt = re.sub(r"\D", "", txt)
    for k in ("patient_phone", "referring_phone", "referring_fax", "referring_npi"):
        if k in fl and fl[k] not in digits_txt: miss.append((k, "digits " + fl[k]))
        if k in fl: assert len(fl[k]) == 10 and (k == "referring_npi" or (fl[k][0] not in "01" and fl[k][3] not in "01")), (i, k)
    assert luhn_ok(fl["referring_npi"]), i
    for c in fl["diagnosis_codes"]:
        assert c in txt and c == c.upper()
    assert fl["referral_date"][:7] in ("2026-10", "2026-11")
    truth = {"source": f"{i}.tif", "pages": pages, "kind": m["kind"], "fields": fl, "meta": {"format": "tiff"}}
    json.dump(truth, open(f"{ROOT}/truth/{i}.json", "w"), indent=2)
    status = "OK" if not miss and ndirs == pages and comp == {"CCITT Group 4"} else "PROBLEM"
    if status != "OK": ok_all = False
    print(f"{i} pages={pages} dirs={ndirs} mode={m['mode']} comp={comp} res={res} {status} {miss}")
print("ALL OK" if ok_all else "SOME PROBLEMS")
