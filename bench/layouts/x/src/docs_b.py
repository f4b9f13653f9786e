"""NO06-NO10 document builders (see docs_a.py for the set's theme)."""
from common import npi, P, D, box, page, esc


# ====================================================================== NO06
def no06():
    """Milwaukee internal medicine 'Specialty Consultation Request': serif (Georgia-like) form with labels printed
    small above values in a ruled box grid, values bold; commercial PPO. Page 2: rheumatology labs."""
    f = {
        "patient_last_name": "Hollins",
        "patient_first_name": "Tamika",
        "patient_dob": "1984-03-11",
        "patient_sex": "F",
        "patient_phone": "4149052263",
        "patient_mrn": "6021847",
        "insurance_payer": "UnitedHealthcare Choice Plus",
        "insurance_member_id": "928471056",
        "referring_provider": "Joseph Wierzbicki",
        "referring_npi": npi("165829043"),
        "referring_phone": "4143287500",
        "referring_fax": "4143287549",
        "referred_to_specialty": "rheumatology",
        "referred_to_provider": "Ingrid Solheim",
        "diagnosis_codes": ["M06.9", "R76.8"],
        "reason": "Symmetric small joint polyarthritis of both hands with morning stiffness over 1 hour, positive RF "
                  "and anti-CCP. Please evaluate and start DMARD therapy.",
        "urgency": "routine",
        "referral_date": "2026-04-14",
    }
    css = """
body { font-family: Georgia, 'DejaVu Serif', serif; font-size: 9pt; }
.hd { text-align:center; }
.hd .n { font-size:15pt; font-weight:bold; letter-spacing:0.5px; }
.hd .s { font-size:8pt; }
.ttl { margin:8px 0 6px 0; padding:4px; border-top:2px solid #000; border-bottom:2px solid #000; text-align:center;
       font-size:12pt; font-weight:bold; letter-spacing:3px; }
.sect { font-weight:bold; font-size:9pt; margin:7px 0 0 0; text-transform:uppercase; letter-spacing:1px; }
table.b { width:100%; table-layout:fixed; }
table.b td { border:1px solid #000; padding:2px 5px 3px 5px; vertical-align:top; height:0.36in; }
table.b .l { display:block; font-size:6.5pt; text-transform:uppercase; letter-spacing:0.5px; }
table.b .v { font-family: 'DejaVu Sans', Verdana, sans-serif; font-weight:bold; font-size:9pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; }
.lab { font-family: 'DejaVu Sans Mono', monospace; font-size:8.5pt; line-height:1.35; }
.lab table { width:100%; border-collapse:collapse; }
.lab td { padding:1px 4px; }
.lab .hdr { border-bottom:2px solid #000; padding-bottom:4px; margin-bottom:6px; }
"""

    def c(label, value, span=1):
        return f'<td colspan="{span}"><span class="l">{label}</span><span class="v">{value}</span></td>'

    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Menomonee Valley Internal Medicine, S.C.</div>
<div class="s">1220 W. Mitchell Street &bull; Milwaukee, Wisconsin 53204 &bull; Tel {P(f['referring_phone'], 'dash')} &bull; Fax {P(f['referring_fax'], 'dash')}</div></div>
<div class="ttl">SPECIALTY CONSULTATION REQUEST</div>
<div class="sect">Patient</div>
<table class="b"><tr>{c('Last name', 'Hollins')}{c('First name', 'Tamika')}{c('M.I.', 'R')}{c('Date of birth', D(f['patient_dob'], 'us'))}</tr>
<tr>{c('Sex', 'F')}{c('Medical record no.', f['patient_mrn'])}{c('Primary phone', P(f['patient_phone'], 'paren'), 2)}</tr>
<tr>{c('Street address', '2947 S. 13th Street', 2)}{c('City / State / ZIP', 'Milwaukee, WI 53215', 2)}</tr></table>
<div class="sect">Insurance</div>
<table class="b"><tr>{c('Insurance carrier', f['insurance_payer'], 2)}{c('Subscriber ID', f['insurance_member_id'])}{c('Group no.', '0741298')}</tr>
<tr>{c('Subscriber', 'Self')}{c('Employer', 'Froedtert Hospital')}{c('Prior auth / referral no.', 'Not required', 2)}</tr></table>
<div class="sect">Requesting physician</div>
<table class="b"><tr>{c('Name', 'Joseph P. Wierzbicki, MD', 2)}{c('NPI', f['referring_npi'])}{c('Date of request', D(f['referral_date'], 'abbr'))}</tr>
<tr>{c('Telephone', P(f['referring_phone'], 'dash'), 2)}{c('Fax for reply', P(f['referring_fax'], 'dash'), 2)}</tr></table>
<div class="sect">Consultant</div>
<table class="b"><tr>{c('Specialty', 'Rheumatology')}{c('Physician', 'Ingrid Solheim, MD')}{c('Practice', 'Lakeshore Arthritis &amp; Rheumatology Center', 2)}</tr>
<tr>{c('Urgency', 'Routine (next available)', 2)}{c('Consultant fax', P('4142737716', 'dash'), 2)}</tr></table>
<div class="sect">Clinical</div>
<table class="b"><tr>{c('ICD-10 diagnosis codes', 'M06.9 Rheumatoid arthritis, unspecified &nbsp;&nbsp; R76.8 Other specified abnormal immunological findings in serum', 4)}</tr>
<tr>{c('Reason for consultation / question', esc(f['reason']), 4)}</tr>
<tr>{c('History', 'Onset about 5 months ago in MCPs and PIPs bilaterally, now wrists. Prednisone 10 mg x 5 days in March helped. '
              'RF 88, anti-CCP &gt;250, ESR 46, CRP 2.9 (' + D('2026-04-02', 'us') + '). Hand X-rays: no erosions. Hep B/C negative. '
              'Currently on naproxen 500 mg BID. Planning pregnancy in 1-2 years.', 4)}</tr>
<tr>{c('Records enclosed', box(True) + 'Labs &nbsp; ' + box(False) + 'X-ray report &nbsp; ' + box(False) + 'Office note', 2)}{c('Physician signature', '<span style="font-family:Z003,cursive;font-size:14pt;font-weight:normal">J. Wierzbicki</span>', 2)}</tr></table>
<div class="ft"><span>MVIM 7/2021</span><span>Please fax consultation report to {P(f['referring_fax'], 'dash')}</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner lab">
<div class="hdr"><b style="font-size:11pt">WISCONSIN DIAGNOSTIC LABORATORIES</b> &nbsp; 9200 W Wisconsin Ave, Milwaukee WI 53226<br>
PATIENT: HOLLINS, TAMIKA R &nbsp; DOB: {D(f['patient_dob'], 'us')} &nbsp; SEX: F &nbsp; MRN: {f['patient_mrn']}<br>
ORDERING: WIERZBICKI, JOSEPH P &nbsp; COLLECTED: {D('2026-04-02', 'us')} 08:40 &nbsp; FINAL: {D('2026-04-03', 'us')}</div>
<table>
<tr><td><b>TEST</b></td><td><b>RESULT</b></td><td><b>FLAG</b></td><td><b>REF RANGE</b></td><td><b>UNITS</b></td></tr>
<tr><td>RHEUMATOID FACTOR</td><td>88</td><td>H</td><td>&lt;14</td><td>IU/mL</td></tr>
<tr><td>CYCLIC CITRUL PEPTIDE AB IGG</td><td>&gt;250</td><td>H</td><td>&lt;20</td><td>units</td></tr>
<tr><td>SED RATE (WESTERGREN)</td><td>46</td><td>H</td><td>0-20</td><td>mm/h</td></tr>
<tr><td>C-REACTIVE PROTEIN</td><td>2.9</td><td>H</td><td>&lt;0.8</td><td>mg/dL</td></tr>
<tr><td>ANA SCREEN, IFA</td><td>POSITIVE</td><td>A</td><td>NEGATIVE</td><td></td></tr>
<tr><td>&nbsp; ANA TITER</td><td>1:80</td><td>A</td><td>&lt;1:80</td><td></td></tr>
<tr><td>&nbsp; ANA PATTERN</td><td>SPECKLED</td><td></td><td></td><td></td></tr>
<tr><td>HEPATITIS B SURFACE AG</td><td>NON-REACTIVE</td><td></td><td>NON-REACTIVE</td><td></td></tr>
<tr><td>HEPATITIS C AB</td><td>NON-REACTIVE</td><td></td><td>NON-REACTIVE</td><td></td></tr>
<tr><td>QUANTIFERON TB GOLD PLUS</td><td>NEGATIVE</td><td></td><td>NEGATIVE</td><td></td></tr>
<tr><td>HEMOGLOBIN</td><td>11.6</td><td>L</td><td>11.7-15.5</td><td>g/dL</td></tr>
<tr><td>CREATININE</td><td>0.71</td><td></td><td>0.50-0.97</td><td>mg/dL</td></tr>
<tr><td>ALT</td><td>22</td><td></td><td>6-29</td><td>U/L</td></tr>
</table>
<p style="margin-top:14px">H=HIGH L=LOW A=ABNORMAL. PERFORMING SITE: WDL CORE LAB, CLIA 52D0395519.</p>
<div class="ft"><span>HOLLINS, TAMIKA R</span><span>REPORT STATUS: FINAL</span><span>PAGE 1 OF 1</span></div>
</div></div>"""
    return dict(html=page("NO06", css, p1 + p2), fields=f, pages=2,
                kind="serif_consultation_request_labels_above_values_box_grid_commercial_ppo_plus_lab_page_to_rheumatology",
                mode="standard", skew={1: 0.7},
                fax=dict(when="04/14/2026 14:36", name="MENOMONEE VALLEY IM", number=f["referring_fax"],
                         to="4142737716", fmt="d"))


# ====================================================================== NO07
def no07():
    """Clearwater FL packet: brief cover sheet, athena-style 'Referral Order' with bold values in a two-column
    layout, and a copy of the Medicare Advantage insurance card (front and back, grey tint)."""
    f = {
        "patient_last_name": "Brandt",
        "patient_first_name": "Walter",
        "patient_dob": "1953-08-21",
        "patient_sex": "M",
        "patient_phone": "7277849921",
        "patient_mrn": "PMG-77120458",
        "insurance_payer": "Aetna Medicare Advantage",
        "insurance_member_id": "W284615930",
        "referring_provider": "Harold Nwosu",
        "referring_npi": npi("188254107"),
        "referring_phone": "7275301400",
        "referring_fax": "7275301466",
        "referred_to_specialty": "urology",
        "referred_to_provider": "Devesh Kulkarni",
        "diagnosis_codes": ["R97.20", "N40.1"],
        "reason": "PSA rose from 3.1 to 6.4 ng/mL over 12 months with nocturia x3. Please evaluate for prostate biopsy.",
        "urgency": "routine",
        "referral_date": "2026-04-15",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; }
.cv h1 { font-family:'URW Gothic', 'Century Gothic', sans-serif; font-size:30pt; margin:0.2in 0 0.15in 0; letter-spacing:2px; }
.cv table { width:80%; font-size:11pt; }
.cv td { padding:6px 4px; }
.cv td.l { width:1.3in; font-weight:bold; }
.cv .box { margin-top:0.25in; border:1px solid #000; padding:10px; font-size:10.5pt; min-height:1.2in; }
.cv .conf { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; font-style:italic; }
.oh { display:flex; justify-content:space-between; border-bottom:1px solid #000; padding-bottom:3px; font-size:8.5pt; }
h2 { font-size:13pt; margin:8px 0 4px 0; }
.cols { display:flex; gap:0.25in; }
.cols > div { flex:1; }
.blk { margin-bottom:7px; }
.blk .t { font-size:8pt; text-transform:uppercase; border-bottom:1px solid #000; margin-bottom:2px; letter-spacing:0.5px; }
.kv { display:flex; padding:1px 0; }
.kv span.k { width:1.1in; flex:none; color:#000; }
.kv span.v { font-weight:bold; }
.card { width:3.37in; height:2.13in; border:1.5px solid #000; border-radius:10px; padding:8px 10px; background:#e8e8e8;
        position:relative; font-size:8pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    cover = f"""
<div class="sheet"><div class="inner cv">
<div><b style="font-size:14pt">Pinellas Medical Group</b> &nbsp; Countryside Office<br>
3231 McMullen Booth Rd, Suite 210, Clearwater, FL 33761<br>Tel {P(f['referring_phone'], 'dot')} &nbsp; Fax {P(f['referring_fax'], 'dot')}</div>
<h1>FAX COVER</h1>
<table>
<tr><td class="l">TO</td><td>Suncoast Urology &mdash; Referrals</td></tr>
<tr><td class="l">FAX #</td><td>{P('7274616102', 'dot')}</td></tr>
<tr><td class="l">FROM</td><td>Harold Nwosu, MD / Jenna (referrals)</td></tr>
<tr><td class="l">DATE</td><td>{D('2026-04-15', 'abbr')}</td></tr>
<tr><td class="l"># PAGES</td><td>3 (with cover)</td></tr>
</table>
<div class="box">Referral order, and copy of insurance card front/back. Pt prefers afternoons. Thank you.</div>
<div class="conf">Confidential health information enclosed. Federal and state law prohibit redisclosure without written consent.
If you have received this in error, please call {P(f['referring_phone'], 'dot')} and destroy all copies.</div>
</div></div>"""

    def kv(k, v):
        return f'<div class="kv"><span class="k">{k}</span><span class="v">{v}</span></div>'

    order = f"""
<div class="sheet"><div class="inner">
<div class="oh"><span><b>Pinellas Medical Group</b> &middot; Countryside</span><span>{D('2026-04-15', 'us')} 2:12 PM</span></div>
<h2>Referral Order: Urology</h2>
<div class="cols"><div>
<div class="blk"><div class="t">Patient</div>
{kv('Name', 'WALTER BRANDT')}{kv('DOB', D(f['patient_dob'], 'us') + ' (72yo)')}{kv('Sex', 'M')}
{kv('Patient ID', f['patient_mrn'])}{kv('Mobile', P(f['patient_phone'], 'paren'))}
{kv('Address', '2280 Belleair Rd, Clearwater FL 33764')}</div>
<div class="blk"><div class="t">Primary insurance</div>
{kv('Insurance', f['insurance_payer'])}{kv('Plan', 'Aetna Medicare Eagle Plan (PPO)')}{kv('Member #', f['insurance_member_id'])}
{kv('Policy holder', 'Walter Brandt')}</div>
</div><div>
<div class="blk"><div class="t">Ordering provider</div>
{kv('Provider', 'HAROLD NWOSU, MD')}{kv('NPI', f['referring_npi'])}{kv('Phone', P(f['referring_phone'], 'paren'))}{kv('Fax', P(f['referring_fax'], 'paren'))}</div>
<div class="blk"><div class="t">Receiving provider</div>
{kv('Provider', 'DEVESH KULKARNI, MD')}{kv('Specialty', 'Urology')}{kv('Practice', 'Suncoast Urology')}
{kv('Phone', P('7274616100', 'paren'))}{kv('Fax', P('7274616102', 'paren'))}</div>
</div></div>
<div class="blk"><div class="t">Order details</div>
{kv('Order date', D(f['referral_date'], 'us'))}{kv('Priority', 'Routine')}{kv('Visits', '1')}{kv('Status', 'Submitted')}</div>
<div class="blk"><div class="t">Diagnoses</div>
<div><b>R97.20</b> &nbsp; Elevated prostate specific antigen [PSA]</div>
<div><b>N40.1</b> &nbsp; Benign prostatic hyperplasia with lower urinary tract symptoms</div></div>
<div class="blk"><div class="t">Reason / note to receiving provider</div>
<div style="font-weight:bold">{esc(f['reason'])}</div></div>
<div class="blk"><div class="t">Clinical summary</div>
<div>PSA 3.1 ng/mL ({D('2025-04-08', 'us')}), 6.4 ng/mL ({D('2026-04-01', 'us')}), repeat 6.2 ({D('2026-04-10', 'us')}). DRE: enlarged,
smooth, no nodules. UA negative. On tamsulosin 0.4 mg nightly since 2024 with partial relief; weak stream, nocturia 3 times
nightly. On apixaban 5 mg BID for atrial fibrillation (CHA2DS2-VASc 3) &mdash; please coordinate any hold with cardiology
(Dr. Oyelaran, {P('7274619300', 'paren')}). No prior prostate biopsy. No family history of prostate cancer.</div></div>
<div class="blk"><div class="t">Signature</div>
<div>Signed by Harold Nwosu, MD on {D('2026-04-15', 'us')} at 2:09 PM</div></div>
<div class="ft"><span>Brandt, Walter (DOB {D(f['patient_dob'], 'us')})</span><span>Page 1 of 2</span></div>
</div></div>"""
    card = f"""
<div class="sheet"><div class="inner">
<div class="oh"><span><b>Pinellas Medical Group</b> &middot; Scanned document: Insurance card</span><span>Scanned {D('2025-12-29', 'us')}</span></div>
<p>Patient: Brandt, Walter &nbsp; DOB {D(f['patient_dob'], 'us')} &nbsp; Patient ID {f['patient_mrn']}</p>
<div style="display:flex;flex-direction:column;gap:0.3in;margin-top:0.25in;align-items:flex-start">
<div class="card"><div style="display:flex;justify-content:space-between"><b style="font-size:13pt">aetna</b><span>MEDICARE</span></div>
<div style="margin-top:4px">Aetna Medicare Eagle Plan (PPO)</div>
<div style="margin-top:6px">Name<br><b style="font-size:9.5pt">WALTER BRANDT</b></div>
<div style="margin-top:4px">ID <b style="font-size:9.5pt">{f['insurance_member_id']}</b></div>
<div style="margin-top:4px">Group 0885712 &nbsp;&nbsp; Effective 01/01/2026</div>
<div style="position:absolute;bottom:7px;left:10px;right:10px;display:flex;justify-content:space-between;font-size:7pt">
<span>RxBIN 610502 &nbsp; RxPCN MEDDAET &nbsp; RxGRP RX8835</span><span>MedicareR<sub>x</sub></span></div></div>
<div class="card" style="font-size:7.5pt;line-height:1.35">
<b>Members:</b> Member Services 1-833-570-6670 (TTY: 711)<br>
<b>Providers:</b> Eligibility &amp; benefits 1-800-624-0756<br>
Send claims to: Aetna, P.O. Box 981106, El Paso, TX 79998-1106<br>
Payer ID 60054<br><br>
This card does not guarantee coverage. In an emergency, call 911 or go to the nearest emergency room.<br>
<span style="font-size:6.5pt">H5521-xxx &nbsp; Y0001_NR_2026</span></div>
</div>
<div class="ft"><span>Brandt, Walter (DOB {D(f['patient_dob'], 'us')})</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NO07", css, cover + order + card), fields=f, pages=3,
                kind="packet_cover_plus_two_column_athena_style_referral_order_plus_medicare_advantage_card_copy_to_urology",
                mode="fine", skew={3: 1.5},
                fax=dict(when="04/15/2026 14:20", name="PINELLAS MED GRP", number=f["referring_fax"],
                         to="7274616102", fmt="i"))


# ====================================================================== NO08
def no08():
    """Omaha NE fillable-PDF style 'Referral Request': Verdana labels, values typed in Courier into outlined form
    fields, specialty checkbox grid; PA-C referrer; page 2 is the MRI report. Page 2 skewed, lost lines on page 1."""
    f = {
        "patient_last_name": "Ostrander",
        "patient_first_name": "Tyler",
        "patient_dob": "1996-07-04",
        "patient_sex": "M",
        "patient_phone": "4026190734",
        "patient_mrn": "MCC-55910",
        "insurance_payer": "Blue Cross and Blue Shield of Nebraska",
        "insurance_member_id": "XQN902716448",
        "referring_provider": "Megan Kucera",
        "referring_npi": npi("134870562"),
        "referring_phone": "4025587300",
        "referring_fax": "4025587311",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Brent Haugland",
        "diagnosis_codes": ["S83.241A", "M25.561"],
        "reason": "Right knee medial meniscus tear on MRI with locking and catching, no improvement after 6 weeks of "
                  "physical therapy. Surgical evaluation requested.",
        "urgency": "routine",
        "referral_date": "2026-04-15",
    }
    css = """
body { font-family: Verdana, 'DejaVu Sans', sans-serif; font-size: 8pt; }
.hd { display:flex; justify-content:space-between; align-items:center; border-bottom:3px solid #000; padding-bottom:4px; }
.hd .n { font-size:13pt; font-weight:bold; }
h1 { font-size:12pt; margin:6px 0; }
.row { display:flex; gap:8px; margin:4px 0; align-items:flex-end; }
.fld { flex:1; }
.fld .l { font-size:7pt; display:block; margin-bottom:1px; }
.fld .v { display:block; border:1px solid #000; padding:2px 4px; min-height:0.22in;
          font-family:'Courier New', 'Liberation Mono', monospace; font-size:10pt; }
.grp { border:1.5px solid #000; padding:4px 7px 6px 7px; margin-top:7px; }
.grp .gt { font-weight:bold; font-size:8.5pt; margin-bottom:1px; }
.spec { display:grid; grid-template-columns: repeat(4, 1fr); gap:2px 6px; font-size:7.5pt; }
.rad { font-family:'Liberation Serif', 'Times New Roman', serif; font-size:10.5pt; line-height:1.4; }
.rad h3 { font-size:10.5pt; margin:9px 0 2px 0; text-decoration:underline; }
.rad p { margin:0 0 4px 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; }
"""

    def fl(label, value, w=1):
        return f'<div class="fld" style="flex:{w}"><span class="l">{label}</span><span class="v">{value}</span></div>'

    specs = ["Allergy", "Cardiology", "Dermatology", "ENT", "Endocrinology", "Gastroenterology", "General Surgery",
             "Neurology", "OB/GYN", "Ophthalmology", "Orthopedics", "Pain Mgmt", "Physical Therapy", "Podiatry",
             "Pulmonology", "Urology"]
    grid = "".join(f"<span>{box(s == 'Orthopedics')}{s}</span>" for s in specs)
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Midlands Community Clinic</div>Family Medicine &amp; Sports Medicine<br>
8601 W Dodge Rd, Suite 120, Omaha NE 68114</div>
<div style="text-align:right">Phone: {P(f['referring_phone'], 'dash')}<br>Fax: {P(f['referring_fax'], 'dash')}</div></div>
<h1>Referral Request</h1>
<div class="grp"><div class="gt">Patient</div>
<div class="row">{fl('Last name', 'Ostrander', 2)}{fl('First name', 'Tyler', 2)}{fl('DOB (mm/dd/yyyy)', D(f['patient_dob'], 'us'), 1.4)}{fl('Sex', 'M', 0.5)}</div>
<div class="row">{fl('Phone', P(f['patient_phone'], 'dash'), 1.5)}{fl('Email', 'tostrander96@example.com', 2.2)}{fl('Clinic MRN', f['patient_mrn'], 1.3)}</div>
</div>
<div class="grp"><div class="gt">Insurance</div>
<div class="row">{fl('Insurance company', f['insurance_payer'], 3)}{fl('ID number', f['insurance_member_id'], 1.6)}</div>
<div class="row">{fl('Group number', 'NE0037215', 1)}{fl('Subscriber name', 'Ostrander, Tyler', 1.6)}{fl('Precert/Auth number', '', 1.4)}</div>
</div>
<div class="grp"><div class="gt">Referring provider</div>
<div class="row">{fl('Name / credentials', 'Megan Kucera, PA-C', 2)}{fl('NPI', f['referring_npi'], 1.2)}{fl('Supervising physician', 'Carl Eriksen, MD', 1.8)}</div>
<div class="row">{fl('Office phone', P(f['referring_phone'], 'dash'), 1)}{fl('Office fax', P(f['referring_fax'], 'dash'), 1)}{fl('Referral date', D(f['referral_date'], 'us'), 1)}</div>
</div>
<div class="grp"><div class="gt">Specialty requested</div>
<div class="spec">{grid}</div>
<div class="row">{fl('Specialist name (if preferred)', 'Brent Haugland, MD', 2)}{fl('Practice', 'Platte River Orthopaedics', 2)}{fl('Specialist fax', P('4023349870', 'dash'), 1.3)}</div>
</div>
<div class="grp"><div class="gt">Clinical information</div>
<div class="row">{fl('ICD-10 code(s)', 'S83.241A, M25.561', 1.4)}{fl('Priority', box(True) + 'Routine &nbsp;' + box(False) + 'Urgent (&lt;1 wk) &nbsp;' + box(False) + 'Stat', 2.3)}</div>
<div class="row">{fl('Reason for referral', esc(f['reason']))}</div>
<div class="row">{fl('Relevant history / treatment to date', 'Twisting injury playing rec-league basketball ' + D('2026-01-24', 'us') + '. MRI ' + D('2026-04-08', 'us') + ' (report attached). PT 2x/week x 6 wks, NSAIDs, no injections. Works as an electrician; on light duty.')}</div>
</div>
<div class="row" style="margin-top:10px">{fl('Signature', '<span style="font-family:Z003,cursive;font-size:14pt">Megan Kucera PA-C</span>', 2)}{fl('Date', D(f['referral_date'], 'us'), 1)}</div>
<div class="ft"><span>MCC Referral Request v3 (fillable)</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner rad">
<div style="display:flex;justify-content:space-between;border-bottom:2px solid #000;padding-bottom:4px">
<div><b style="font-size:13pt">HEARTLAND OPEN MRI</b><br>11422 Miracle Hills Dr, Omaha, NE 68154</div>
<div style="text-align:right">Ph {P('4024939100', 'paren')}<br>Fax {P('4024939111', 'paren')}</div></div>
<p style="margin-top:8px"><b>PATIENT:</b> OSTRANDER, TYLER &nbsp; <b>DOB:</b> {D(f['patient_dob'], 'us')} &nbsp; <b>EXAM DATE:</b> {D('2026-04-08', 'us')}<br>
<b>EXAM:</b> MRI KNEE RIGHT WITHOUT CONTRAST &nbsp; <b>ACCESSION:</b> HOM-118842<br>
<b>REFERRING:</b> Megan Kucera, PA-C &nbsp; <b>CLINICAL HISTORY:</b> Medial knee pain, locking since basketball injury.</p>
<h3>TECHNIQUE</h3><p>Multiplanar multisequence MRI of the right knee was performed on a 1.5T magnet without contrast.</p>
<h3>FINDINGS</h3>
<p><b>Menisci:</b> Complex tear of the posterior horn and body of the medial meniscus with a displaced flap fragment into the
medial gutter. Lateral meniscus intact.</p>
<p><b>Ligaments:</b> ACL and PCL intact. MCL grade 1 sprain. LCL complex intact.</p>
<p><b>Cartilage:</b> Mild chondral thinning of the medial femoral condyle without full-thickness defect.</p>
<p><b>Extensor mechanism:</b> Quadriceps and patellar tendons intact.</p>
<p><b>Other:</b> Small joint effusion. No Baker cyst. No bone marrow edema or fracture.</p>
<h3>IMPRESSION</h3>
<p>1. Complex tear of the posterior horn and body of the medial meniscus with displaced flap fragment.<br>
2. Low-grade MCL sprain.<br>3. Small joint effusion.</p>
<p style="margin-top:12px">Dictated and electronically signed by Arvind Rao, MD on {D('2026-04-08', 'us')} 17:05</p>
<div class="ft"><span>HEARTLAND OPEN MRI</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NO08", css, p1 + p2), fields=f, pages=2,
                kind="fillable_pdf_referral_request_courier_values_in_outlined_fields_specialty_checkbox_grid_pa_c_plus_mri_to_orthopedics",
                mode="standard", skew={2: -1.7}, dropouts={1: 2},
                fax=dict(when="04/15/2026 16:40", name="MIDLANDS COMM CLINIC", number=f["referring_fax"],
                         to="4023349870", fmt="j"))


# ====================================================================== NO09
def no09():
    """Burlington VT small practice fill-in-the-blank referral slip (Times): values typed onto underlines after
    inline labels; no MRN, no specialist named, no urgency; commercial HMO."""
    f = {
        "patient_last_name": "Tatro",
        "patient_first_name": "Ruth",
        "patient_dob": "1958-01-25",
        "patient_sex": "F",
        "patient_phone": "8028652217",
        "insurance_payer": "MVP Health Care",
        "insurance_member_id": "M0048217703",
        "referring_provider": "Paul Desrochers",
        "referring_npi": npi("114592870"),
        "referring_phone": "8028791300",
        "referring_fax": "8028791320",
        "referred_to_specialty": "ophthalmology",
        "diagnosis_codes": ["H25.13", "E11.9"],
        "reason": "Gradual blurred vision both eyes with glare at night, best corrected 20/60 OD and 20/50 OS. "
                  "Please evaluate for cataract surgery.",
        "urgency": "routine",
        "referral_date": "2026-04-16",
    }
    css = """
body { font-family: 'Times New Roman', 'Liberation Serif', 'Nimbus Roman', serif; font-size: 12pt; }
.hd { text-align:center; line-height:1.25; }
.hd .n { font-size:16pt; font-weight:bold; }
.hd .s { font-size:10pt; }
.ttl { text-align:center; font-size:14pt; font-weight:bold; text-decoration:underline; margin:14px 0 10px 0; }
.ln { display:flex; align-items:flex-end; margin:9px 0; gap:6px; white-space:nowrap; }
.ln .u { flex:1; border-bottom:1px solid #000; padding:0 4px; font-family:'Courier New','Liberation Mono',monospace; font-size:11pt; white-space:normal; }
.ln .u2 { flex:none; border-bottom:1px solid #000; padding:0 4px; font-family:'Courier New','Liberation Mono',monospace; font-size:11pt; }
.para { border-bottom:1px solid #000; font-family:'Courier New','Liberation Mono',monospace; font-size:11pt; line-height:1.6; padding:0 4px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8.5pt; text-align:center; }
"""
    mono_gap = '<span style="flex:none;width:0.15in"></span>'
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Lake Champlain Family Practice</div>
<div class="s">Paul Desrochers, M.D. &nbsp;&middot;&nbsp; Abigail Sorrell, APRN</div>
<div class="s">180 Pearl Street, Burlington, Vermont 05401</div>
<div class="s">Telephone {P(f['referring_phone'], 'paren')} &nbsp;&nbsp; Fax {P(f['referring_fax'], 'paren')}</div></div>
<div class="ttl">REFERRAL</div>
<div class="ln">Date:<span class="u">{D(f['referral_date'], 'mdyy')}</span>{mono_gap}Referred to:<span class="u">Ophthalmology &ndash; Green Mountain Eye Center</span></div>
<div class="ln">Physician:<span class="u">&nbsp;</span>{mono_gap}Fax:<span class="u">{P('8028624419', 'dash')}</span></div>
<div class="ln">Patient name:<span class="u">Ruth A. Tatro</span>{mono_gap}Birthdate:<span class="u2">{D(f['patient_dob'], 'us')}</span>{mono_gap}Sex:<span class="u2">F</span></div>
<div class="ln">Address:<span class="u">44 North Ave, Winooski VT 05404</span>{mono_gap}Phone:<span class="u2">{P(f['patient_phone'], 'dash')}</span></div>
<div class="ln">Insurance:<span class="u">{f['insurance_payer']}</span>{mono_gap}ID #:<span class="u2">{f['insurance_member_id']}</span>{mono_gap}Group:<span class="u2">VT1142</span></div>
<div class="ln">Diagnosis:<span class="u">H25.13 age-related nuclear cataract, bilateral; E11.9 type 2 diabetes</span></div>
<div class="ln" style="margin-bottom:2px">Reason for referral:</div>
<div class="para">{esc(f['reason'])}</div>
<div class="ln" style="margin-bottom:2px">Pertinent history / medications:</div>
<div class="para">Type 2 diabetes, A1c 6.9% on metformin 500 mg BID. No diabetic retinopathy on
dilated exam {D('2025-06-11', 'mdyy')} (Dr. Ferland, OD). Has stopped driving at night.
Aspirin 81 mg daily. No anticoagulants. Allergy: latex.</div>
<div class="ln" style="margin-top:16px">Please send report to:<span class="u">Paul Desrochers, MD &nbsp; Fax {P(f['referring_fax'], 'dash')}</span></div>
<div class="ln" style="margin-top:26px">Physician signature:<span class="u" style="font-family:Z003,cursive;font-size:17pt">Paul Desrochers</span>{mono_gap}NPI:<span class="u2">{f['referring_npi']}</span></div>
<div class="ft">Please call the patient directly to schedule. &nbsp; Thank you for seeing our patient.</div>
</div></div>"""
    return dict(html=page("NO09", css, body), fields=f, pages=1,
                kind="fill_in_the_blank_referral_slip_times_values_on_underlines_no_mrn_no_specialist_no_urgency_to_ophthalmology",
                mode="fine", urgency_printed=False,
                fax=dict(when="04/16/2026 08:55", name="LAKE CHAMPLAIN FP", number=f["referring_fax"],
                         to="8028624419", fmt="e"))


# ====================================================================== NO10
def no10():
    """Cherry Hill NJ pediatrics: Georgia-style cover sheet with URGENT banner, then an eClinicalWorks-like referral
    printout in Verdana with label: value pairs and a thin-ruled box, child patient, parent as guarantor."""
    f = {
        "patient_last_name": "Marchetti",
        "patient_first_name": "Sofia",
        "patient_dob": "2021-09-14",
        "patient_sex": "F",
        "patient_phone": "8564283307",
        "patient_mrn": "PCH-118402",
        "insurance_payer": "Horizon Blue Cross Blue Shield of New Jersey",
        "insurance_member_id": "3HZN84017622",
        "referring_provider": "Lauren Szymanski",
        "referring_npi": npi("207715394"),
        "referring_phone": "8564829000",
        "referring_fax": "8564829011",
        "referred_to_specialty": "allergy",
        "referred_to_provider": "Nadia Haddad",
        "diagnosis_codes": ["Z91.010", "L20.9"],
        "reason": "Hives and lip swelling within minutes of eating peanut butter. Please evaluate with allergy testing "
                  "and provide an anaphylaxis action plan.",
        "urgency": "urgent",
        "referral_date": "2026-04-16",
    }
    css = """
body { font-family: Verdana, 'DejaVu Sans', sans-serif; font-size: 8.5pt; }
.cv { font-family: Georgia, 'DejaVu Serif', serif; font-size:11pt; }
.cv .lh { border-bottom:1px solid #000; padding-bottom:6px; }
.cv h1 { font-size:26pt; font-weight:normal; margin:0.3in 0 0.1in 0; }
.cv .urg { display:inline-block; border:3px solid #000; padding:3px 14px; font:bold 18pt Verdana, 'DejaVu Sans', sans-serif; letter-spacing:3px; }
.cv table { width:100%; margin-top:16px; }
.cv td { padding:6px 4px; border-bottom:1px solid #000; }
.cv td.l { width:1.1in; font-style:italic; }
.cv .conf { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; }
.eh { display:flex; justify-content:space-between; border-bottom:1px solid #000; padding-bottom:3px; }
.eh b { font-size:11pt; }
.tt { font-size:12pt; font-weight:bold; margin:8px 0 4px 0; }
.bx { border:0.8px solid #000; padding:5px 8px; margin-bottom:6px; }
.bx .h { font-weight:bold; text-decoration:underline; margin-bottom:3px; }
.pr { display:grid; grid-template-columns: 1.35in 1fr 1.2in 1fr; row-gap:2px; }
.pr .w { grid-column: 2 / 5; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; }
"""
    cover = f"""
<div class="sheet"><div class="inner cv">
<div class="lh"><span style="font-size:16pt">Kingston Road Pediatrics</span><br>
1910 Route 70 East, Suite 6 &middot; Cherry Hill, New Jersey 08003<br>
Office {P(f['referring_phone'], 'paren')} &middot; Fax {P(f['referring_fax'], 'paren')}</div>
<h1>Facsimile</h1>
<div class="urg">URGENT</div>
<table>
<tr><td class="l">To</td><td>South Jersey Allergy &amp; Asthma Associates</td></tr>
<tr><td class="l">Attention</td><td>Dr. Nadia Haddad / new patient scheduling</td></tr>
<tr><td class="l">Fax</td><td>{P('8567952248', 'paren')}</td></tr>
<tr><td class="l">From</td><td>Lauren Szymanski, MD</td></tr>
<tr><td class="l">Date</td><td>{D('2026-04-16', 'long')}</td></tr>
<tr><td class="l">Pages</td><td>2, including this page</td></tr>
</table>
<p style="margin-top:16px">Referral for a 4-year-old with a reaction to peanut on 4/11. Family has an epinephrine
auto-injector prescription from urgent care. Mother (Gina Marchetti) asks for the first available appointment.</p>
<div class="conf">CONFIDENTIALITY NOTICE: This facsimile transmission contains confidential medical information protected by
federal and New Jersey law. If you are not the intended recipient, please call our office and destroy this transmission.</div>
</div></div>"""

    def kv(k, v, k2=None, v2=None):
        if k2 is None:
            return f'<div>{k}:</div><div class="w"><b>{v}</b></div>'
        return f'<div>{k}:</div><div><b>{v}</b></div><div>{k2}:</div><div><b>{v2}</b></div>'

    ref = f"""
<div class="sheet"><div class="inner">
<div class="eh"><div><b>Kingston Road Pediatrics</b><br>1910 Route 70 East, Suite 6, Cherry Hill, NJ 08003</div>
<div style="text-align:right">Tel: {P(f['referring_phone'], 'dash')}<br>Fax: {P(f['referring_fax'], 'dash')}</div></div>
<div class="tt">Referral</div>
<div class="bx"><div class="h">Patient Information</div><div class="pr">
{kv('Patient Name', 'Marchetti, Sofia', 'Account No', f['patient_mrn'])}
{kv('DOB', D(f['patient_dob'], 'us'), 'Age', '4 Y 7 M')}
{kv('Gender', 'Female', 'Home Phone', P(f['patient_phone'], 'dash'))}
{kv('Address', '17 Barclay Ln, Cherry Hill, NJ 08034')}
{kv('Guarantor', 'Marchetti, Gina (mother)', 'Guarantor Ph', P('8564283390', 'dash'))}
</div></div>
<div class="bx"><div class="h">Insurance</div><div class="pr">
{kv('Primary Insurance', f['insurance_payer'])}
{kv('Subscriber No', f['insurance_member_id'], 'Group No', '082214-OMN')}
{kv('Subscriber', 'Marchetti, Paul (father)', 'Plan Type', 'OMNIA Tier 1')}
</div></div>
<div class="bx"><div class="h">Referral Details</div><div class="pr">
{kv('Referral From', 'Lauren Szymanski, MD', 'NPI', f['referring_npi'])}
{kv('Referral To', 'Nadia Haddad, DO', 'Speciality', 'Allergy &amp; Immunology')}
{kv('Facility', 'South Jersey Allergy &amp; Asthma Associates, 1000 White Horse Rd, Voorhees NJ 08043')}
{kv('Referral Date', D(f['referral_date'], 'us'), 'Priority', 'Urgent')}
{kv('Auth No', 'N/A', 'No. of Visits', '3')}
{kv('Start Date', D('2026-04-16', 'us'), 'End Date', D('2026-10-16', 'us'))}
</div></div>
<div class="bx"><div class="h">Diagnosis</div>
<div>1. Allergy to peanuts &nbsp; <b>Z91.010</b></div>
<div>2. Atopic dermatitis, unspecified &nbsp; <b>L20.9</b></div></div>
<div class="bx"><div class="h">Reason</div><div><b>{esc(f['reason'])}</b></div></div>
<div class="bx"><div class="h">Notes</div>
<div>On {D('2026-04-11', 'us')} Sofia ate a cracker with peanut butter at a birthday party; within 10 minutes had generalized hives
and upper lip swelling, no wheeze or vomiting. Treated at urgent care with diphenhydramine; EpiPen Jr 0.15 mg prescribed.
Moderate eczema since infancy (hydrocortisone 2.5% BID PRN). Tolerates egg and milk. Older brother with tree-nut allergy.
Weight 17.2 kg.</div></div>
<div style="margin-top:8px">Provider: Lauren Szymanski, MD &nbsp;&nbsp; Electronically signed {D('2026-04-16', 'us')} 11:26 AM</div>
<div class="ft"><span>Patient: Sofia Marchetti DOB: {D(f['patient_dob'], 'us')}</span><span>Page 1/1</span></div>
</div></div>"""
    return dict(html=page("NO10", css, cover + ref), fields=f, pages=2,
                kind="pediatric_georgia_cover_urgent_banner_plus_ecw_style_referral_boxes_label_colon_value_to_allergy",
                mode="standard", skew={1: -0.9},
                fax=dict(when="04/16/2026 11:34", name="KINGSTON RD PEDS", number=f["referring_fax"],
                         to="8567952248", fmt="a"))
