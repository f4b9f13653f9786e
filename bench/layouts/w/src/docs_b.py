"""NJ06-NJ10 document builders (see docs_a.py for the theme)."""
from common import npi, P, D, page, esc


def tick(on, mark="&#10003;", rot=-8):
    """A square with a handwritten-style mark (a bold text glyph, slightly rotated) when ticked."""
    inner = (f'<span style="display:inline-block;transform:rotate({rot}deg);font:bold 13pt/0.12in \'DejaVu Sans\',sans-serif;'
             f'margin-left:-1px">{mark}</span>') if on else "&nbsp;"
    return f'<span class="tb">{inner}</span>'


# ====================================================================== NJ06
def nj06():
    """Checklist referral (Spokane, WA family medicine -> pulmonology): specialty grid, diagnosis checklist with
    ICD codes, priority boxes; ticked boxes carry a bold hand-style check or X. Unticked codes are printed too.
    'Plan name', 'Subscriber no.', 'Referring clinician', 'Phone = ', 'Clinical question'. No MRN. Skewed."""
    f = {
        "patient_last_name": "Okafor-Lind",
        "patient_first_name": "Beatrice",
        "patient_dob": "1955-12-03",
        "patient_sex": "F",
        "patient_phone": "5094831176",
        "insurance_payer": "Premera Blue Cross",
        "insurance_member_id": "PBC220917734",
        "referring_provider": "Anil Kapoor",
        "referring_npi": npi("193018826"),
        "referring_phone": "5094877200",
        "referring_fax": "5094877291",
        "referred_to_specialty": "pulmonology",
        "referred_to_provider": "Hannah Osei",
        "diagnosis_codes": ["R91.1", "J44.9", "Z87.891"],
        "reason": "New 9 mm solid right upper lobe nodule on CT in a former smoker with COPD; please advise on PET "
                  "scan versus biopsy.",
        "urgency": "routine",
        "referral_date": "2026-03-02",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; }
.hd { text-align:center; }
.hd .n { font-size:15pt; font-weight:bold; }
.hd .s { font-size:8.5pt; }
.ttl { margin:6px 0; font-size:12pt; font-weight:bold; text-align:center; border-top:2px solid #000; border-bottom:2px solid #000; padding:2px; }
.tb { display:inline-block; width:0.16in; height:0.16in; border:1.2px solid #000; vertical-align:-3px; margin-right:4px;
      text-align:left; overflow:visible; }
.sec { font-weight:bold; font-size:9pt; margin:8px 0 3px 0; border-bottom:1px solid #000; letter-spacing:1px; }
table.f { width:100%; table-layout:fixed; }
table.f td { padding:2px 3px; vertical-align:top; }
.u { border-bottom:1px solid #000; font-family:'Liberation Mono', monospace; font-size:10pt; }
table.g { width:100%; table-layout:fixed; }
table.g td { padding:2px 2px; font-size:9pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; text-align:center; }
"""
    specs = ["Allergy", "Cardiology", "Dermatology", "Endocrinology", "ENT", "Gastroenterology",
             "General Surgery", "Nephrology", "Neurology", "OB/GYN", "Ophthalmology", "Orthopedics",
             "Physical Therapy", "Podiatry", "Psychiatry", "Pulmonology", "Rheumatology", "Urology"]
    cells = [f'<td>{tick(s == "Pulmonology")}{s}</td>' for s in specs]
    grid = "".join("<tr>" + "".join(cells[i:i + 6]) + "</tr>" for i in range(0, len(cells), 6))
    dx = [("R91.1", "Solitary pulmonary nodule", True), ("J44.9", "COPD, unspecified", True),
          ("J45.909", "Asthma, unspecified, uncomplicated", False), ("R05.9", "Cough, unspecified", False),
          ("R06.02", "Shortness of breath", False), ("G47.33", "Obstructive sleep apnea", False),
          ("Z87.891", "Hx of nicotine dependence", True), ("R09.02", "Hypoxemia", False)]
    dxrows = "".join(
        f'<tr><td>{tick(a[2], "X" if a[0] == "J44.9" else "&#10003;", 6 if a[0] == "J44.9" else -10)}{a[0]} &nbsp;{a[1]}</td>'
        f'<td>{tick(b[2], "&#10003;", -4)}{b[0]} &nbsp;{b[1]}</td></tr>'
        for a, b in zip(dx[0::2], dx[1::2]))
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Inland Northwest Family Medicine &ndash; North Division</div>
<div class="s">9631 N Nevada St, Spokane WA 99218 &middot; office {P(f['referring_phone'], 'dash')} &middot; fax {P(f['referring_fax'], 'dash')}</div></div>
<div class="ttl">SPECIALTY REFERRAL CHECKLIST</div>
<div class="sec">PATIENT</div>
<table class="f">
<tr><td style="width:0.9in">Pt. name</td><td class="u">Okafor-Lind, Beatrice</td><td style="width:0.75in;padding-left:10px">Birthdate</td><td class="u" style="width:1.4in">{D(f['patient_dob'], 'mmddyy')}</td></tr>
<tr><td>Gender</td><td>{tick(False)} M &nbsp; {tick(True, "X", 4)} F &nbsp; {tick(False)} Other</td><td style="padding-left:10px">Phone =</td><td class="u">{P(f['patient_phone'], 'dash')}</td></tr>
<tr><td>Plan name</td><td class="u">Premera Blue Cross</td><td style="padding-left:10px">Subscriber no.</td><td class="u">{f['insurance_member_id']}</td></tr>
</table>
<div class="sec">REFERRING</div>
<table class="f">
<tr><td style="width:1.35in">Referring clinician</td><td class="u">Dr. Anil Kapoor</td><td style="width:0.5in;padding-left:10px">NPI</td><td class="u" style="width:1.4in">{f['referring_npi']}</td></tr>
<tr><td>Phone =</td><td class="u">{P(f['referring_phone'], 'dash')}</td><td style="padding-left:10px">Fax =</td><td class="u">{P(f['referring_fax'], 'dash')}</td></tr>
</table>
<div class="sec">SPECIALTY (check one)</div>
<table class="g">{grid}</table>
<table class="f" style="margin-top:4px"><tr><td style="width:1.6in">Specialist requested</td><td class="u">Hannah Osei, MD &ndash; Providence Pulmonary &amp; Sleep</td></tr></table>
<div class="sec">DIAGNOSIS (check all that apply)</div>
<table class="g">{dxrows}</table>
<table class="f" style="margin-top:3px"><tr><td style="width:0.9in">Other ICD</td><td class="u">&nbsp;</td></tr></table>
<div class="sec">CLINICAL QUESTION</div>
<div class="u" style="font-size:10pt;line-height:1.5">{esc(f['reason'])}</div>
<div class="u" style="font-size:10pt;line-height:1.5">CT chest w/o contrast {D('2026-02-19', 'mmddyy')}; 40 pk-yr, quit 2014. Spirometry {D('2025-11-10', 'mmddyy')} FEV1 62%.</div>
<div class="sec">PRIORITY</div>
<div>{tick(True, "&#10003;", -12)}Routine &nbsp;&nbsp; {tick(False)}Urgent (&lt; 1 wk) &nbsp;&nbsp; {tick(False)}STAT (call first)</div>
<table class="f" style="margin-top:8px"><tr><td style="width:0.4in">Date</td><td class="u" style="width:1.3in">{D(f['referral_date'], 'mmddyy')}</td>
<td style="width:0.8in;padding-left:10px">Signature</td><td class="u" style="font-family:'Z003',cursive;font-size:15pt">A. Kapoor</td></tr></table>
<div class="ft">INFM form R-2 &middot; Attach: last note, imaging report &middot; Records requested: {tick(True, "X", 3)}yes {tick(False)}no</div>
</div></div>"""
    return dict(html=page("NJ06", css, body), fields=f, pages=1,
                kind="checklist_form_handwritten_style_ticks_unticked_icd_distractors_to_pulmonology",
                mode="fine", skew={1: -0.9},
                fax=dict(when="03/02/2026 13:18", name="INLAND NW FM", number=f["referring_fax"],
                         to="5094746290", fmt="h"))


# ====================================================================== NJ07
def nj07():
    """Dotted-leader consult request (Burlington, VT family practice -> rheumatology): 'Patient (last, first)
    ......', 'Birthdate', 'Carrier', 'Cert #', 'Consultant', 'ICD', 'Clinical question', 'Call back #',
    'Timeframe'; phone with '(cell)' after it; no sex printed. Page 2: serology report."""
    f = {
        "patient_last_name": "Paquette",
        "patient_first_name": "Simone",
        "patient_dob": "1984-01-07",
        "patient_phone": "8025590187",
        "patient_mrn": "CV-77310",
        "insurance_payer": "MVP Health Care",
        "insurance_member_id": "MVP3308815-02",
        "referring_provider": "Owen Bellavance",
        "referring_npi": npi("108847265"),
        "referring_phone": "8028636400",
        "referring_fax": "8028636455",
        "referred_to_specialty": "rheumatology",
        "referred_to_provider": "Ingrid Maki",
        "diagnosis_codes": ["M25.50", "R76.8"],
        "reason": "Symmetric small-joint pain and morning stiffness over 90 minutes for 4 months with positive RF "
                  "and anti-CCP; please evaluate for early rheumatoid arthritis.",
        "urgency": "routine",
        "referral_date": "2026-02-26",
    }
    css = """
body { font-family: 'P052', 'Palatino Linotype', serif; font-size: 11pt; }
.hd { border-bottom:1px solid #000; padding-bottom:4px; margin-bottom:12px; }
.hd .n { font-size:16pt; font-variant:small-caps; letter-spacing:1px; }
.hd .s { font-size:9pt; }
h1 { font-size:13pt; text-align:center; letter-spacing:4px; margin:6px 0 14px 0; }
.d { display:flex; align-items:baseline; margin:7px 0; }
.d .l { white-space:nowrap; }
.d .dots { flex:1; border-bottom:2px dotted #000; margin:0 4px; min-width:0.3in; position:relative; top:-3px; }
.d .v { max-width:4.6in; text-align:right; font-family:'Liberation Sans', Arial, sans-serif; font-size:10.5pt; }
.d .v.long { text-align:left; }
.grp { margin-top:12px; font-weight:bold; font-size:10pt; letter-spacing:2px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; }
.lab { font-family:'Liberation Sans', Arial, sans-serif; font-size:9.5pt; }
.lab table { width:100%; }
.lab th, .lab td { text-align:left; padding:3px 5px; border-bottom:1px solid #000; }
"""

    def d(label, value, long=False):
        return (f'<div class="d"><span class="l">{label}</span><span class="dots"></span>'
                f'<span class="v{" long" if long else ""}">{value}</span></div>')

    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Champlain Valley Family Practice</div>
<div class="s">1 Kennedy Drive, Suite 3 &middot; South Burlington, Vermont 05403</div></div>
<h1>CONSULT REQUEST</h1>
<div class="grp">PATIENT</div>
{d('Patient (last, first)', 'Paquette, Simone A.')}
{d('Birthdate', D(f['patient_dob'], 'dmy_short'))}
{d('Phone', P(f['patient_phone'], 'dash') + ' (cell)')}
{d('Chart #', f['patient_mrn'])}
<div class="grp">COVERAGE</div>
{d('Carrier', 'MVP Health Care')}
{d('Cert #', f['insurance_member_id'])}
<div class="grp">FROM</div>
{d('Referring clinician', 'Owen T. Bellavance, MD')}
{d('NPI', f['referring_npi'])}
{d('Call back #', P(f['referring_phone'], 'dash'))}
{d('Fax back to', P(f['referring_fax'], 'dash'))}
<div class="grp">TO</div>
{d('Consultant', 'Ingrid Maki, MD &mdash; Rheumatology, UVM Medical Center')}
<div class="grp">CLINICAL</div>
{d('ICD', 'M25.50 polyarthralgia ; R76.8 positive RF / anti-CCP')}
{d('Clinical question', esc(f['reason']), long=True)}
{d('Tried so far', 'naproxen 500 mg BID x 6 wks, partial relief', long=True)}
{d('Timeframe', 'routine &mdash; next available')}
{d('Date', D(f['referral_date'], 'dmy_short'))}
<p style="margin-top:18px;font-size:10pt">Signed <span style="font-family:'Z003',cursive;font-size:17pt">Owen Bellavance</span></p>
<div class="ft">CVFP &middot; serology attached (1 page)</div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<div style="display:flex;justify-content:space-between;border-bottom:2px solid #000;padding-bottom:4px;margin-bottom:10px;font-family:'Liberation Sans',Arial,sans-serif;font-size:9pt">
<div><b style="font-size:12pt">GREEN MOUNTAIN REFERENCE LAB</b><br>300 Hurricane Ln, Williston VT 05495</div>
<div style="text-align:right">Phone {P('8028794420', 'dash')}<br>Director: Russell Tanaka, MD</div></div>
<div class="lab">
<p>Patient: PAQUETTE, SIMONE A &nbsp;&nbsp; DOB: {D(f['patient_dob'], 'us')}<br>
Ordering: BELLAVANCE, OWEN T &nbsp;&nbsp; Collected: {D('2026-02-17', 'us')} &nbsp;&nbsp; Reported: {D('2026-02-20', 'us')}</p>
<table>
<tr><th>Test</th><th>Result</th><th>Flag</th><th>Reference</th></tr>
<tr><td>Rheumatoid factor</td><td>64 IU/mL</td><td>H</td><td>&lt; 14</td></tr>
<tr><td>Cyclic citrullinated peptide Ab (anti-CCP)</td><td>118 U</td><td>H</td><td>&lt; 20</td></tr>
<tr><td>ANA screen, IFA</td><td>Positive</td><td>A</td><td>Negative</td></tr>
<tr><td>ANA titer</td><td>1:80, speckled</td><td></td><td>&lt; 1:80</td></tr>
<tr><td>Sed rate (ESR)</td><td>38 mm/h</td><td>H</td><td>0-20</td></tr>
<tr><td>C-reactive protein</td><td>2.4 mg/dL</td><td>H</td><td>&lt; 0.8</td></tr>
<tr><td>Uric acid</td><td>4.1 mg/dL</td><td></td><td>2.5-7.0</td></tr>
</table>
<p>Comment: previous RF negative on {D('2023-06-05', 'us')} (ordered by Dr. Marguerite Dionne).<br>
Questions about this report: call client services {P('8028794420', 'dash')}.</p>
</div>
<div class="ft">GREEN MOUNTAIN REFERENCE LAB &middot; FINAL REPORT &middot; page 1 of 1</div>
</div></div>"""
    return dict(html=page("NJ07", css, p1 + p2), fields=f, pages=2,
                kind="dotted_leader_form_carrier_cert_consultant_no_sex_plus_serology_to_rheumatology",
                mode="fine",
                fax=dict(when="02/26/2026 16:50", name="CHAMPLAIN VALLEY FP", number=f["referring_fax"],
                         to="8028473902", fmt="f"))


# ====================================================================== NJ08
def nj08():
    """Word table with '=' labels (Toledo, OH primary care, nurse practitioner -> urology, STAT): ALL-CAPS
    values, 'Ordering NP =', 'Send to =', undotted ICD codes, member ID printed in groups, phone with '(cell)'
    after it. Skewed."""
    f = {
        "patient_last_name": "KOWALCZYK",
        "patient_first_name": "DENNIS",
        "patient_dob": "1969-08-25",
        "patient_sex": "M",
        "patient_phone": "4193829054",
        "patient_mrn": "MBP0091846",
        "insurance_payer": "Medical Mutual of Ohio",
        "insurance_member_id": "MMO4471093255",
        "referring_provider": "Tamika Greer-Watts",
        "referring_npi": npi("117539208"),
        "referring_phone": "4196938800",
        "referring_fax": "4196938812",
        "referred_to_specialty": "urology",
        "referred_to_provider": "Viktor Nowak",
        "diagnosis_codes": ["R31.0", "N20.0"],
        "reason": "Painless gross hematuria with clots for 3 days and 7 mm left renal stone on CT; please see "
                  "today for cystoscopy and stone management.",
        "urgency": "stat",
        "referral_date": "2026-03-19",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-start; }
.hd .n { font-size:15pt; font-weight:bold; }
.hd .s { font-size:9pt; }
.stat { border:3px solid #000; font-size:16pt; font-weight:bold; padding:2px 10px; letter-spacing:2px; }
table.w { width:100%; table-layout:fixed; margin-top:12px; }
table.w td { border:1px solid #000; padding:5px 6px; vertical-align:top; }
table.w td.l { width:1.6in; text-align:right; background:#e8e8e8; }
table.w td.v { font-weight:bold; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; border-top:1px solid #000; padding-top:2px; }
"""

    def r(l, v):
        return f'<tr><td class="l">{l} =</td><td class="v" colspan="3">{v}</td></tr>'

    def r2(l1, v1, l2, v2):
        return f'<tr><td class="l">{l1} =</td><td class="v">{v1}</td><td class="l" style="width:1.2in">{l2} =</td><td class="v">{v2}</td></tr>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Maumee Bay Primary Care</div>
<div class="s">3150 Navarre Ave, Oregon, OH 43616<br>Main line {P(f['referring_phone'], 'space')} &nbsp; Fax {P(f['referring_fax'], 'space')}</div></div>
<div class="stat">STAT</div></div>
<div style="margin-top:8px;font-size:10pt">Urology referral &mdash; please call our office when appointment is made. Pt is aware.</div>
<table class="w">
{r('Pt', 'KOWALCZYK, DENNIS J')}
{r2('DOB', D(f['patient_dob'], 'mmddyy'), 'Gender', 'M')}
{r2('Phone', P(f['patient_phone'], 'space') + ' (cell)', 'MRN', f['patient_mrn'])}
{r('Ins. Co.', 'MEDICAL MUTUAL OF OHIO (SUPERMED PPO)')}
{r2('Policy #', 'MMO 4471 0932 55', 'Group #', '0071604')}
{r('Ordering NP', 'TAMIKA GREER-WATTS, APRN-CNP')}
{r2('NPI', f['referring_npi'], 'Supervising', 'R. HOLLOWAY, DO')}
{r2('Phone', P(f['referring_phone'], 'space'), 'Fax', P(f['referring_fax'], 'space'))}
{r('Send to', 'DR. VIKTOR NOWAK &mdash; UROLOGY, PROMEDICA UROLOGY &nbsp; FAX ' + P('4192918841', 'space'))}
{r('Dx', 'R310 (GROSS HEMATURIA) &nbsp; N200 (CALCULUS OF KIDNEY)')}
{r('Indication', esc(f['reason']).upper())}
{r('CT A/P', 'NON-CONTRAST CT ' + D('2026-03-18', 'mmddyy') + ': 7 MM LEFT LOWER POLE STONE, MILD HYDRO. NO MASS SEEN. CR 1.1.')}
{r('Anticoag', 'NONE. ASPIRIN HELD ' + D('2026-03-18', 'mmddyy') + '.')}
{r2('Priority', 'STAT', 'Date', D(f['referral_date'], 'mmddyy'))}
</table>
<p style="font-size:9.5pt;margin-top:12px">If pt develops clot retention or cannot void &rarr; ED. Pt's wife Carol: {P('4193829061', 'space')}.</p>
<p style="margin-top:14px">Signed: <span style="font-family:'Z003',cursive;font-size:17pt">T. Greer-Watts</span> &nbsp;&nbsp; APRN-CNP</p>
<div class="ft">MBPC referral table (copy of Word doc, do not change row labels)</div>
</div></div>"""
    f_printed_reason = f["reason"]
    assert f_printed_reason  # reason printed upper case; compare is case-insensitive
    return dict(html=page("NJ08", css, body), fields=f, pages=1,
                kind="word_table_equals_labels_all_caps_undotted_icd_np_referrer_stat_to_urology",
                mode="standard", skew={1: 1.7},
                fax=dict(when="03/19/2026 09:12", name="MAUMEE BAY PC", number=f["referring_fax"],
                         to="4192918841", fmt="b"))


# ====================================================================== NJ09
def nj09():
    """Form with values written on lines and the labels printed in parentheses underneath (Billings, MT clinic ->
    ophthalmology): '(last name)', '(birthdate)', '(plan name)', '(Medicare no.)' with the MBI in groups,
    '(consultant)', '(indication)', phone followed by '(home)'. Dropped scan lines."""
    f = {
        "patient_last_name": "Medina",
        "patient_first_name": "Tomas",
        "patient_dob": "1949-10-05",
        "patient_sex": "M",
        "patient_phone": "4062481930",
        "patient_mrn": "YVC-40218",
        "insurance_payer": "Medicare",
        "insurance_member_id": "5TR8WD3MK22",
        "referring_provider": "Colleen Running Crane",
        "referring_npi": npi("184402931"),
        "referring_phone": "4062597700",
        "referring_fax": "4062597745",
        "referred_to_specialty": "ophthalmology",
        "referred_to_provider": "Peter Lindgren",
        "diagnosis_codes": ["E11.9", "H25.13"],
        "reason": "Blurred vision both eyes, worse at night with glare while driving; type 2 diabetic overdue for "
                  "dilated retinal exam. Please evaluate for cataract and retinopathy.",
        "urgency": "routine",
        "referral_date": "2026-03-10",
    }
    css = """
body { font-family: 'URW Gothic', 'Century Gothic', sans-serif; font-size: 10pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; margin-bottom:10px; }
.hd .n { font-size:17pt; font-weight:bold; }
.hd .s { font-size:8.5pt; text-align:right; }
.bar { background:#000; color:#fff; font-weight:bold; padding:2px 6px; margin:12px 0 4px 0; letter-spacing:2px; font-size:9.5pt; }
.row { display:flex; gap:0.2in; margin-top:8px; }
.cell { flex:1; }
.cell .v { border-bottom:1px solid #000; min-height:17px; padding:0 2px 1px 2px; font-family:'Liberation Sans', Arial, sans-serif; font-size:10.5pt; }
.cell .c { font-size:7.5pt; padding-left:2px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; text-align:center; }
"""

    def cell(v, cap, flex=1):
        return f'<div class="cell" style="flex:{flex}"><div class="v">{v}</div><div class="c">({cap})</div></div>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Yellowstone Valley Clinic</div>
<div class="s">2900 12th Ave N, Suite 400W &middot; Billings, MT 59101<br>{P(f['referring_phone'], 'dot')} (front desk) &middot; {P(f['referring_fax'], 'dot')} (fax)</div></div>
<div style="text-align:center;font-size:14pt;font-weight:bold;letter-spacing:3px">EYE REFERRAL</div>
<div class="bar">PATIENT</div>
<div class="row">{cell('Medina', 'last name', 1.3)}{cell('Tomas', 'first name')}{cell(D(f['patient_dob'], 'us'), 'birthdate')}{cell('M', 'gender', 0.5)}</div>
<div class="row">{cell(P(f['patient_phone'], 'dot') + ' (home)', 'best # to reach', 1.3)}{cell(f['patient_mrn'], 'chart #')}{cell('Spanish &ndash; son interprets', 'language', 1.5)}</div>
<div class="bar">INSURANCE</div>
<div class="row">{cell('Medicare', 'plan name', 1.3)}{cell('5TR8 WD3 MK22', 'Medicare no. / MBI')}{cell('AARP Medigap Plan G', 'secondary')}</div>
<div class="bar">REFERRED BY</div>
<div class="row">{cell('Colleen Running Crane, MD', 'referring physician', 1.5)}{cell(f['referring_npi'], 'NPI')}</div>
<div class="row">{cell(P(f['referring_phone'], 'dot'), 'office')}{cell(P(f['referring_fax'], 'dot'), 'fax back to')}{cell('Deb (MA) ext 31', 'contact')}</div>
<div class="bar">REFERRED TO</div>
<div class="row">{cell('Ophthalmology', 'specialty')}{cell('Peter Lindgren, MD', 'consultant')}{cell('Beartooth Eye Center', 'practice', 1.3)}</div>
<div class="bar">CLINICAL</div>
<div class="row">{cell('E11.9 &nbsp;Type 2 DM w/o complications; &nbsp;H25.13 &nbsp;Age-related nuclear cataract, bilateral', 'ICD-10 codes')}</div>
<div class="row">{cell(esc(f['reason']), 'indication')}</div>
<div class="row">{cell('A1c 7.2% ' + D('2026-02-11', 'us') + '. Last dilated exam ' + D('2022-08-30', 'us') + ' (no retinopathy). VA 20/50 OD, 20/60 OS with glasses.', 'pertinent history')}</div>
<div class="row">{cell('routine', 'priority')}{cell(D(f['referral_date'], 'us'), 'date')}{cell('<span style="font-family:Z003,cursive;font-size:15pt">C. Running Crane</span>', 'signature', 1.5)}</div>
<div class="ft">YVC-EYE-01 &middot; Please send exam findings to PCP</div>
</div></div>"""
    return dict(html=page("NJ09", css, body), fields=f, pages=1,
                kind="values_on_lines_with_parenthesized_captions_below_medicare_mbi_to_ophthalmology",
                mode="fine", dropouts={1: 2},
                fax=dict(when="03/10/2026 12:03", name="YELLOWSTONE VALLEY CL", number=f["referring_fax"],
                         to="4062380612", fmt="g"))


# ====================================================================== NJ10
def nj10():
    """Pediatric referral note (Savannah, GA pediatrics -> allergy), identifiers run together in one
    semicolon-separated typed paragraph ('Pt:', 'Birthdate', 'parent cell', 'Ins. Co.', 'ID#'); 'Specialist
    requested', 'Why referred', 'Fax back to'; page 2 is the ED discharge summary (ED doctor, ED phone, dates)."""
    f = {
        "patient_last_name": "Brooks",
        "patient_first_name": "Tyler",
        "patient_dob": "2019-03-04",
        "patient_sex": "M",
        "patient_phone": "9123307746",
        "patient_mrn": "CKP-18842",
        "insurance_payer": "Peach State Health Plan",
        "insurance_member_id": "PSH114093327",
        "referring_provider": "Adaeze Okonkwo-Bell",
        "referring_npi": npi("155208746"),
        "referring_phone": "9123544120",
        "referring_fax": "9123544199",
        "referred_to_specialty": "allergy",
        "referred_to_provider": "Martin Reyes-Castillo",
        "diagnosis_codes": ["T78.01XA", "Z91.010", "L20.9"],
        "reason": "Anaphylaxis after eating a peanut butter cracker at daycare, treated with epinephrine in the ED; "
                  "needs allergy testing and a food allergy action plan.",
        "urgency": "urgent",
        "referral_date": "2026-03-13",
    }
    css = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 10.5pt; line-height:1.45; }
.lh { display:flex; justify-content:space-between; border-bottom:3px solid #000; padding-bottom:4px; }
.lh .n { font-family:'DejaVu Sans', sans-serif; font-size:17pt; font-weight:bold; }
.lh .a { font-size:8.5pt; text-align:right; line-height:1.3; font-family:'DejaVu Sans', sans-serif; }
h1 { font-family:'DejaVu Sans', sans-serif; font-size:13pt; margin:14px 0 8px 0; }
p { margin:0 0 9px 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; text-align:center; font-family:'DejaVu Sans', sans-serif; }
.ed { font-family:'DejaVu Sans Mono', monospace; font-size:8.8pt; line-height:1.35; }
.ed p { margin:0 0 7px 0; }
"""
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">Coastal Kids Pediatrics</div>
<div class="a">7001 Hodgson Memorial Dr, Ste 2 &middot; Savannah, GA 31406<br>
Phone {P(f['referring_phone'], 'paren')} &middot; Fax {P(f['referring_fax'], 'paren')}</div></div>
<h1>Referral note &mdash; URGENT</h1>
<p>{D(f['referral_date'], 'abbr_dot')}</p>
<p><b>Pt:</b> BROOKS, Tyler Jameson; Birthdate {D(f['patient_dob'], 'us_short')}; male, 6 yrs; parent cell
{P(f['patient_phone'], 'paren')} (mom, Shanice Brooks); Chart {f['patient_mrn']}; Ins. Co. Peach State Health Plan,
ID# {f['insurance_member_id']}.</p>
<p><b>Specialist requested:</b> Pediatric Allergy &amp; Immunology &mdash; Dr. Martin Reyes-Castillo, Lowcountry Allergy
&amp; Asthma (fax {P('9123561178', 'paren')}).</p>
<p><b>Dx:</b> T78.01XA anaphylactic reaction due to peanuts, initial encounter; Z91.010 allergy to peanuts;
L20.9 atopic dermatitis, unspecified.</p>
<p><b>Why referred:</b> {esc(f['reason'])}</p>
<p>Seen in the ED at Memorial on {D('2026-03-11', 'abbr_dot')} (summary attached). Hives, lip swelling and wheeze within 10 minutes;
one dose IM epi plus albuterol, observed 6 hours. Follow-up here {D('2026-03-13', 'abbr_dot')}: well, lungs clear. EpiPen Jr
2-pack prescribed, family taught. Moderate eczema since infancy, no known other food reactions; eats egg and milk.
Younger sister (age 2) not yet exposed to peanut &mdash; family asks about her too.</p>
<p><b>Urgency:</b> urgent, ideally seen within 1&ndash;2 weeks (daycare needs a plan).</p>
<p><b>Referring:</b> Adaeze Okonkwo-Bell, MD, FAAP &middot; NPI {f['referring_npi']}<br>
<b>Call back #</b> {P(f['referring_phone'], 'paren')} (ask for referral desk) &middot; <b>Fax back to</b> {P(f['referring_fax'], 'paren')}</p>
<p style="font-family:'Z003',cursive;font-size:18pt;margin:0">A. Okonkwo-Bell</p>
<div class="ft">Coastal Kids Pediatrics &middot; page 1 of 2</div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<div class="ed">
<p><b>MEMORIAL HEALTH UNIVERSITY MEDICAL CENTER &mdash; PEDIATRIC EMERGENCY DEPARTMENT</b><br>
4700 Waters Ave, Savannah GA 31404 &middot; ED main {P('9123508200', 'dash')}</p>
<p><b>DISCHARGE SUMMARY</b><br>
PATIENT: BROOKS, TYLER J &nbsp; DOB: {D(f['patient_dob'], 'us')} &nbsp; MRN: 004471982 &nbsp; FIN: 26070018823<br>
ARRIVAL: {D('2026-03-11', 'us')} 12:41 &nbsp; DISCHARGE: {D('2026-03-11', 'us')} 19:05<br>
ATTENDING: Gwendolyn Fairley, MD &nbsp; PCP: OKONKWO-BELL, ADAEZE</p>
<p><b>CHIEF COMPLAINT:</b> allergic reaction</p>
<p><b>HPI:</b> 6 yo M with eczema, brought by EMS from daycare after eating peanut butter cracker at ~12:15. Developed
generalized urticaria, lip angioedema, cough and wheeze. Daycare staff gave diphenhydramine. EMS gave epinephrine
0.15 mg IM at 12:28.</p>
<p><b>ED COURSE:</b> On arrival HR 138, RR 30, SpO2 95% RA, diffuse wheeze. Albuterol neb x1, methylprednisolone
1 mg/kg IV, cetirizine. Wheeze resolved by 13:30. Observed 6 h without recurrence.</p>
<p><b>DIAGNOSES:</b> Anaphylaxis due to peanut. Atopic dermatitis.</p>
<p><b>DISCHARGE MEDS:</b> Epinephrine auto-injector 0.15 mg #2; cetirizine 5 mg daily x 5 days; prednisolone 1 mg/kg
daily x 3 days.</p>
<p><b>FOLLOW-UP:</b> PCP in 1-2 days; allergy referral. Return for any breathing difficulty.</p>
<p>Electronically signed: Gwendolyn Fairley, MD {D('2026-03-11', 'us')} 19:22</p>
</div>
<div class="ft">Memorial Health &middot; ED discharge summary &middot; faxed to PCP {D('2026-03-12', 'us')}</div>
</div></div>"""
    return dict(html=page("NJ10", css, p1 + p2), fields=f, pages=2,
                kind="pediatric_typed_note_semicolon_run_in_identifiers_plus_ed_summary_to_allergy",
                mode="standard", skew={2: -1.1},
                fax=dict(when="03/13/2026 17:20", name="COASTAL KIDS PEDS", number=f["referring_fax"],
                         to="9123561178", fmt="h"))
