#!/usr/bin/env python3
"""Verify truth JSON vs rendered docs: page counts, TIFF props, printed strings in pdftotext,
consistency of normalized truth values with printed forms, NPI Luhn, phone rules, enums."""
import datetime, json, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import luhn_valid
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPECS = set("allergy cardiology dermatology endocrinology gastroenterology general_surgery hematology nephrology neurology obgyn oncology ophthalmology orthopedics otolaryngology physical_therapy podiatry psychiatry pulmonology radiology rheumatology urology".split())
meta = json.load(open(f'{R}/src/printed_map.json'))
ok = True
def bad(n, msg):
    global ok; ok = False; print(f'  FAIL {n}: {msg}')
def norm(s): return re.sub(r'\s+', ' ', s)
def parse_date(s):
    for fmt in ('%m/%d/%Y', '%m/%d/%y', '%Y-%m-%d', '%B %d, %Y', '%b %d, %Y'):
        try: return datetime.datetime.strptime(s, fmt).date().isoformat()
        except ValueError: pass
for n in sorted(meta):
    t = json.load(open(f'{R}/truth/{n}.json')); f = t['fields']; pr = meta[n]['printed']
    txt = norm(subprocess.run(['pdftotext', '-layout', f'{R}/pdf/{n}.pdf', '-'], capture_output=True, text=True).stdout)
    txt_raw = norm(subprocess.run(['pdftotext', f'{R}/pdf/{n}.pdf', '-'], capture_output=True, text=True).stdout)
    info = subprocess.run(['tiffinfo', f'{R}/docs/{n}.tif'], capture_output=True, text=True).stdout
    pages = info.count('TIFF Directory')
    pdfpages = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', f'{R}/pdf/{n}.pdf'], capture_output=True, text=True).stdout).group(1))
    if not (pages == pdfpages == t['pages']): bad(n, f'pages tif={pages} pdf={pdfpages} truth={t["pages"]}')
    if 'CCITT Group 4' not in info: bad(n, 'not G4')
    ry = '196' if meta[n]['mode'] == 'fine' else '98'
    if f'Resolution: 204, {ry}' not in info: bad(n, 'resolution ' + str(re.findall(r'Resolution: [^\n]*', info)[:1]))
    for k, v in f.items():
        p = pr[k]
        for ps in (p if isinstance(p, list) else [p]):
            if ps not in txt and ps not in txt_raw: bad(n, f'{k}: printed {ps!r} not in pdftotext')
        # consistency truth vs printed
        if k in ('patient_phone', 'referring_phone', 'referring_fax'):
            if re.sub(r'\D', '', p) != v or len(v) != 10 or v[0] in '01' or v[3] in '01': bad(n, f'{k} {v} vs {p}')
        if k == 'referring_npi':
            if not (len(v) == 10 and v[0] in '12' and luhn_valid('80840' + v)): bad(n, 'npi luhn')
            if v not in txt: bad(n, 'npi not printed')
        if k in ('patient_dob', 'referral_date'):
            if parse_date(p) != v: bad(n, f'{k} {v} vs {p}')
        if k == 'referral_date' and not v.startswith(('2026-10', '2026-11')): bad(n, 'referral date range')
        if k == 'insurance_member_id' and p.replace(' ', '') != v: bad(n, 'member id')
        if k == 'referred_to_specialty' and v not in SPECS: bad(n, 'spec enum')
        if k == 'urgency' and (v not in ('routine', 'urgent', 'stat') or (v not in p.lower() and not (v=='routine' and 'Standard' in p))): bad(n, 'urgency')
        if k == 'patient_sex' and (v not in 'MFU' or not re.sub(r'\[X\] ', '', p).upper().startswith(v)): bad(n, 'sex')
        if k in ('referring_provider', 'referred_to_provider'):
            first, last = v.split(' ', 1)[0], v.rsplit(' ', 1)[1]
            if first not in p or last not in p: bad(n, f'{k} name parts')
        if k in ('patient_last_name', 'patient_first_name', 'reason', 'insurance_payer', 'patient_mrn') and p != v: bad(n, f'{k} printed!=truth')
    # all phone-like numbers in doc obey NANP rule
    for m in re.findall(r'\(?\b(\d{3})\)?[ .\-/]?(\d{3})[.\-](\d{4})\b', txt):
        if m[0][0] in '01' or m[1][0] in '01': bad(n, f'bad phone {m}')
    print(n, 'checked', len(f), 'fields; pages', pages)
print('ALL OK' if ok else 'FAILURES')
