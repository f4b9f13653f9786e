import json, os, subprocess, sys, glob
sys.path.insert(0, os.path.dirname(__file__))
from docs_a import DOCS as A
from docs_b import DOCS as B
D = {**A, **B}
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
only = sys.argv[1:]
for k in sorted(D):
    if only and k not in only: continue
    d = D[k]
    h = f"{R}/html/{k}.html"; p = f"{R}/pdf/{k}.pdf"
    open(h, "w").write(d["html"])
    subprocess.run(["chromium","--headless","--no-sandbox","--disable-gpu","--no-pdf-header-footer",
                    f"--print-to-pdf={p}", f"file://{h}"], check=True, capture_output=True)
    tmp = f"{R}/pdf/{k}_pg"
    for f in glob.glob(tmp+"*"): os.remove(f)
    mode = d["mode"]
    if mode == "std": args = ["-rx","204","-ry","98","-mono"]
    elif mode == "fine": args = ["-rx","204","-ry","196","-mono"]
    elif mode == "r200": args = ["-r","200","-mono"]
    elif mode == "gray": args = ["-r","200","-gray","-tiffcompression","lzw"]
    subprocess.run(["pdftoppm","-tiff",*args,p,tmp], check=True)
    pages = sorted(glob.glob(tmp+"*.tif"))
    out = f"{R}/docs/{k}.tif"
    comp = ["-c","lzw"] if mode=="gray" else ["-c","g4"]
    subprocess.run(["tiffcp",*comp,*pages,out], check=True)
    for f in pages: os.remove(f)
    truth = {"source": f"{k}.tif", "pages": d["pages"], "kind": d["kind"], "fields": d["fields"], "meta": {"format":"tiff"}}
    json.dump(truth, open(f"{R}/truth/{k}.json","w"), indent=2, ensure_ascii=False)
    n = subprocess.run(["tiffinfo",out],capture_output=True,text=True).stdout
    print(k, mode, "pages_in_tiff=", n.count("TIFF Directory"), "expected", d["pages"],
          [l.strip() for l in n.splitlines() if "Resolution" in l][:1],
          [l.strip() for l in n.splitlines() if "Bits/Sample" in l or "Compression" in l][:2])
