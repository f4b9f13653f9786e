"""NQ06-NQ10 document builders. Each returns dict(html, fields, pages, kind, mode, fax)."""
from common import npi, P, D, box, page, esc


# ====================================================================== NQ06
def nq06():
    """Urgent care 'refer out' sheet printed from the UC software: monospace caps, label: value lines,
    patient-instruction block with the orthopedic office's phone (distractor)."""
    f = {
        "patient_last_name": "KOWALSKI",
        "patient_first_name": "BRANDON",
        "patient_dob": "2003-07-19",
        "patient_sex": "M",
        "patient_phone": "4128673021",
        "patient_mrn": "7730219",
        "insurance_payer": "UPMC HEALTH PLAN",
        "insurance_member_id": "10287745501",
        "referring_provider": "JENNA MORROW",
        "referring_npi": npi("188206573"),
        "referring_phone": "4124469200",
        "referring_fax": "4124469215",
        "referred_to_specialty": "orthopedics",
        "diagnosis_codes": ["S52.501A", "W01.0XXA"],
        "reason": "CLOSED DISPLACED DISTAL RADIUS FX R WRIST AFTER FALL ON ICE, SUGAR-TONG SPLINT APPLIED. "
                  "NEEDS ORTHO EVAL FOR POSSIBLE CLOSED REDUCTION VS ORIF.",
        "urgency": "stat",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: 9.5pt; }
.c { text-align:center; line-height:1.3; }
.c .n { font-size:12pt; font-weight:bold; }
hr { border:0; border-top:1px dashed #000; margin:6px 0; }
h1 { text-align:center; font-size:12pt; margin:6px 0; letter-spacing:2px; }
h2 { font-size:9.5pt; margin:8px 0 2px 0; }
.r { display:flex; white-space:pre; line-height:1.35; }
.r b { width:2.05in; flex:none; font-weight:bold; }
.r span { white-space:normal; }
.cols { display:flex; gap:0.2in; }
.cols > div { flex:1; }
.cols .r b { width:1.45in; }
.box { border:1.5px solid #000; padding:4px 6px; margin-top:8px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }
"""
    def r(l, v):
        return f'<div class="r"><b>{l}</b><span>{v}</span></div>'
    body = f"""
<div class="sheet"><div class="inner">
<div class="c"><div class="n">EXPRESSCARE URGENT CARE - MCKNIGHT RD</div>
<div>4885 MCKNIGHT RD, PITTSBURGH PA 15237</div>
<div>PH {P(f['referring_phone'], 'dash')}   FAX {P(f['referring_fax'], 'dash')}</div></div>
<hr>
<h1>*** REFER OUT / SPECIALTY FOLLOW-UP ***</h1>
<hr>
<div class="cols"><div>
{r('PT NAME:', 'KOWALSKI, BRANDON J')}
{r('DOB:', D(f['patient_dob'], 'mmddyy_dash') + ' (23Y)')}
{r('SEX:', 'M')}
{r('MRN:', f['patient_mrn'])}
{r('PT PHONE:', P(f['patient_phone'], 'dash'))}
</div><div>
{r('VISIT DATE:', D(f['referral_date'], 'us'))}
{r('VISIT #:', 'UC26-1103-0147')}
{r('ARRIVAL:', '10:41')}
{r('DISCHARGE:', '12:18')}
{r('EMERG CONTACT:', 'KAREN KOWALSKI (MOTHER) ' + P('4123665108', 'dash'))}
</div></div>
<h2>INSURANCE</h2>
{r('INS:', f['insurance_payer'])}
{r('SUBSCRIBER ID:', f['insurance_member_id'])}
{r('GROUP:', 'P0031877')}
<h2>TREATING PROVIDER</h2>
{r('PROVIDER:', 'JENNA MORROW, PA-C')}
{r('NPI:', f['referring_npi'])}
{r('SUPERVISING MD:', 'RAYMOND KESSLER, MD')}
<h2>REFERRAL</h2>
{r('REFER TO:', 'ORTHOPEDICS - HAND/UPPER EXTREMITY')}
{r('PRACTICE:', 'THREE RIVERS ORTHOPAEDIC ASSOCIATES (ON-CALL)')}
{r('PRIORITY:', 'STAT - SEE WITHIN 24 HRS')}
{r('DX (ICD-10):', 'S52.501A  UNSP FX LOWER END OF RIGHT RADIUS, INIT CLOS')}
{r('', 'W01.0XXA  FALL SAME LEVEL FROM SLIP/TRIP W/O STRIKE, INIT')}
{r('REASON FOR REFERRAL:', f['reason'])}
{r('IMAGING:', 'XR R WRIST 3V ' + D('2026-11-03', 'us') + ' - DORSALLY ANGULATED DISTAL RADIUS FX, ULNAR STYLOID INTACT. CD GIVEN TO PT.')}
{r('NV STATUS:', 'INTACT DISTALLY, CAP REFILL &lt;2 SEC')}
<div class="box"><b>PATIENT INSTRUCTIONS:</b> CALL THREE RIVERS ORTHOPAEDIC ASSOCIATES AT {P('4122318800', 'dash')}
TOMORROW MORNING (FAX {P('4122318812', 'dash')}). KEEP SPLINT ON AND DRY, ELEVATE ABOVE HEART, ICE 20 MIN Q2H.
RETURN TO URGENT CARE OR ER FOR NUMBNESS, COLOR CHANGE OR WORSENING PAIN.</div>
<div style="margin-top:14px">PROVIDER SIGNATURE: __JENNA MORROW PA-C (E-SIGNED)__    DATE: {D('2026-11-03', 'us')}</div>
<div style="margin-top:6px">PATIENT SIGNATURE:  ______________________________     DATE: __________</div>
<div class="ft"><span>EXPRESSCARE UC-EMR V4.1  RPT: REFOUT01</span><span>PAGE 1 OF 1</span></div>
</div></div>"""
    return dict(html=page("NQ06", css, body), fields=f, pages=1,
                kind="urgent_care_refer_out_sheet_monospace_caps_label_lines_to_orthopedics_stat",
                mode="standard",
                fax=dict(when="11/03/2026 12:31", name="EXPRESSCARE UC MCKNIGHT", number=f["referring_fax"],
                         to="4122318812", fmt="d"))


# ====================================================================== NQ07
def nq07():
    """Primary care to dermatology: rounded-box form, no urgency printed, plus a photo-consent page."""
    f = {
        "patient_last_name": "Sorensen",
        "patient_first_name": "Annika",
        "patient_dob": "1972-05-08",
        "patient_phone": "6514427380",
        "insurance_payer": "HealthPartners",
        "insurance_member_id": "00923477-01",
        "referring_provider": "Molly Brennan",
        "referring_npi": npi("161178032"),
        "referring_phone": "6517796000",
        "referring_fax": "6517796010",
        "referred_to_specialty": "dermatology",
        "referred_to_provider": "Victor Osei",
        "diagnosis_codes": ["D48.5", "L57.0"],
        "reason": "Irregular 7 mm pigmented lesion left upper back with recent color change. Please evaluate and biopsy.",
        "urgency": "routine",
        "referral_date": "2026-11-04",
    }
    css = """
body { font-family: 'URW Gothic', 'Century Gothic', sans-serif; font-size: 10pt; }
.hd { display:flex; justify-content:space-between; align-items:center; }
.hd .n { font-size:15pt; font-weight:bold; }
.hd .r { font-size:9pt; text-align:right; line-height:1.35; }
h1 { font-size:13pt; margin:12px 0 8px 0; text-align:center; letter-spacing:1px; }
.bx { border:1.5px solid #000; border-radius:8px; padding:5px 8px 6px 8px; margin-bottom:9px; }
.bx .t { font-weight:bold; font-size:9pt; letter-spacing:1px; margin-bottom:3px; }
.row { display:flex; gap:0.2in; margin:3px 0; }
.row > div { flex:1; }
.u { border-bottom:1px solid #000; padding-left:4px; }
.lbl { font-size:8.5pt; }
p { margin:0 0 10px 0; line-height:1.45; }
.sig { font-family:'Z003', cursive; font-size:17pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }
"""
    def fl(label, value):
        return f'<div><span class="lbl">{label}</span> <span class="u">{value}</span></div>'
    hd = f"""<div class="hd"><div class="n">Lakeview Primary Care</div>
<div class="r">1480 White Bear Ave N, Saint Paul, MN 55106<br>Tel {P(f['referring_phone'], 'paren_nosp')} &nbsp; Fax {P(f['referring_fax'], 'paren_nosp')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>Dermatology Referral</h1>
<div class="bx"><div class="t">PATIENT</div>
<div class="row">{fl('Patient:', 'Annika Sorensen')}{fl('Birthdate:', D(f['patient_dob'], 'us_short'))}</div>
<div class="row">{fl('Cell:', P(f['patient_phone'], 'paren_nosp'))}{fl('Email:', 'a.sorensen72@example.com')}</div>
<div class="row">{fl('Address:', '1122 Larpenteur Ave E, Maplewood, MN 55109')}</div></div>
<div class="bx"><div class="t">INSURANCE</div>
<div class="row">{fl('Carrier:', f['insurance_payer'])}{fl('Member ID:', f['insurance_member_id'])}</div>
<div class="row">{fl('Group:', '22410')}{fl('Policy holder:', 'Self')}</div></div>
<div class="bx"><div class="t">REFERRING PROVIDER</div>
<div class="row">{fl('Name:', 'Molly Brennan, FNP-C')}{fl('NPI:', f['referring_npi'])}</div>
<div class="row">{fl('Phone:', P(f['referring_phone'], 'paren_nosp'))}{fl('Fax:', P(f['referring_fax'], 'paren_nosp'))}</div></div>
<div class="bx"><div class="t">REFER TO</div>
<div class="row">{fl('Specialty:', 'Dermatology')}{fl('Preferred dermatologist:', 'Dr. Victor Osei')}</div>
<div class="row">{fl('Clinic:', 'North Metro Dermatology, Roseville')}{fl('Clinic phone:', P('6516383300', 'paren_nosp'))}</div></div>
<div class="bx"><div class="t">CLINICAL</div>
<div class="row">{fl('Diagnosis codes:', 'D48.5 (neoplasm of uncertain behavior of skin), L57.0 (actinic keratosis)')}</div>
<div class="row">{fl('Reason:', esc(f['reason']))}</div>
<div class="row">{fl('Location(s):', 'Left upper back (pigmented lesion); dorsal hands (scaly papules)')}</div>
<div class="row">{fl('History:', 'Fair skin, several blistering sunburns as a teen. Mother had melanoma at 60. No prior skin biopsies.')}</div>
<div class="row">{fl('Photos attached:', box(True) + 'Yes (consent on page 2) &nbsp; ' + box(False) + 'No')}</div></div>
<div style="display:flex; justify-content:space-between; margin-top:14px; align-items:flex-end">
<div>Provider signature: <span class="sig">Molly Brennan</span></div><div>Date: <span class="u">{D(f['referral_date'], 'us')}</span></div></div>
<div class="ft"><span>Lakeview Primary Care &middot; Referral form D-2</span><span>1 / 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>Consent for Clinical Photography and Transmission</h1>
<p>Patient name: <span class="u">Annika Sorensen</span> &nbsp;&nbsp; Date of birth: <span class="u">{D(f['patient_dob'], 'us_short')}</span></p>
<p>I give permission to Lakeview Primary Care to take photographs of my skin condition(s) described below and to send these
photographs, together with my referral, to the dermatology provider named on my referral for the purpose of evaluating and
treating my condition. I understand that the photographs become part of my medical record and are protected in the same way
as my other health information.</p>
<p>Area(s) to be photographed: <span class="u">left upper back; backs of both hands</span></p>
<p>{box(True)} Photographs may be sent to my dermatology provider.<br>
{box(False)} Photographs may be used for teaching (no identifying features).<br>
{box(False)} I do NOT consent to photographs.</p>
<p>I understand that I may withdraw this consent in writing at any time, except for photographs already sent.</p>
<div style="margin-top:26px; display:flex; justify-content:space-between; align-items:flex-end">
<div>Patient signature: <span class="sig">Annika Sorensen</span></div><div>Date signed: <span class="u">{D('2026-11-04', 'us')}</span></div></div>
<div style="margin-top:18px; display:flex; justify-content:space-between">
<div>Witness: <span class="u">Deb Kaminski, CMA</span></div><div>Photos taken: <span class="u">3 images</span></div></div>
<div class="ft"><span>Lakeview Primary Care &middot; Photo consent PC-7</span><span>2 / 2</span></div>
</div></div>"""
    return dict(html=page("NQ07", css, p1 + p2), fields=f, pages=2,
                kind="rounded_box_sections_underlined_values_pcp_np_to_dermatology_no_urgency_plus_photo_consent",
                mode="fine", urgency_printed=False,
                fax=dict(when="11/04/2026 14:09", name="LAKEVIEW PRIMARY CARE", number=f["referring_fax"],
                         to="6516383301", fmt="e"))


# ====================================================================== NQ08
def nq08():
    """Diabetes & endocrine clinic to podiatry: serif ruled form, ICD-10 without dots, A1c/foot-exam table."""
    f = {
        "patient_last_name": "Rutherford",
        "patient_first_name": "Dwayne",
        "patient_dob": "1964-02-11",
        "patient_sex": "M",
        "patient_phone": "2055913348",
        "patient_mrn": "2201457",
        "insurance_payer": "VIVA Health",
        "insurance_member_id": "VH30018842",
        "referring_provider": "Tasha Greenlee",
        "referring_npi": npi("130991785"),
        "referring_phone": "2059347500",
        "referring_fax": "2059347544",
        "referred_to_specialty": "podiatry",
        "referred_to_provider": "Leon Castellanos",
        "diagnosis_codes": ["E11.42", "L84", "E11.65"],
        "reason": "Loss of protective sensation both feet and thick callus under right 1st MTP. Diabetic foot care, "
                  "callus debridement and evaluation for therapeutic shoes.",
        "urgency": "routine",
        "referral_date": "2026-11-02",
    }
    css = """
body { font-family: 'Nimbus Roman', 'Times New Roman', serif; font-size: 10.5pt; }
.hd { text-align:center; line-height:1.3; }
.hd .n { font-size:15pt; font-weight:bold; }
.hd .s { font-size:9.5pt; }
h1 { font-size:13pt; text-align:center; margin:8px 0; letter-spacing:1px; }
table.r { width:100%; }
table.r td { border-bottom:1px solid #000; padding:4px 4px 1px 4px; vertical-align:bottom; }
table.r td.l { font-weight:bold; white-space:nowrap; width:1.2in; border-bottom:none; }
h2 { font-size:10.5pt; margin:10px 0 2px 0; font-style:italic; }
table.t { width:100%; margin-top:4px; }
table.t th, table.t td { border:1px solid #000; padding:2px 5px; text-align:left; font-size:9.5pt; }
.sig { font-family:'Z003', cursive; font-size:16pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Magic City Diabetes &amp; Endocrine Clinic</div>
<div class="s">1201 11th Ave S, Suite 300 &bull; Birmingham, AL 35205<br>Phone {P(f['referring_phone'])} &bull; Fax {P(f['referring_fax'])}</div></div>
<h1>REFERRAL TO PODIATRY</h1>
<table class="r">
<tr><td class="l">Pt Name:</td><td>Rutherford, Dwayne L.</td><td class="l">D.O.B.:</td><td>{D(f['patient_dob'], 'us')}</td></tr>
<tr><td class="l">Sex:</td><td>Male</td><td class="l">MRN:</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Phone:</td><td>{P(f['patient_phone'])}</td><td class="l">Alt. phone:</td><td>{P('2053217764')} (daughter, Keisha)</td></tr>
<tr><td class="l">Ins:</td><td>{f['insurance_payer']} (Medicare Advantage)</td><td class="l">Ins ID:</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Referring:</td><td>Tasha Greenlee, CRNP</td><td class="l">NPI:</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Collab. MD:</td><td>Alan Whitmore, MD</td><td class="l">Date:</td><td>{D(f['referral_date'], 'abbr_dot')}</td></tr>
<tr><td class="l">Podiatrist:</td><td>Dr. Leon Castellanos, DPM</td><td class="l">Office:</td><td>Southside Foot &amp; Ankle, {P('2059301120')}</td></tr>
<tr><td class="l">Priority:</td><td>Routine</td><td class="l">Visits:</td><td>Evaluate &amp; treat</td></tr>
</table>
<h2>ICD-10 codes</h2>
<table class="r">
<tr><td class="l">E1142</td><td>Type 2 diabetes mellitus with diabetic polyneuropathy</td></tr>
<tr><td class="l">L84</td><td>Corns and callosities</td></tr>
<tr><td class="l">E1165</td><td>Type 2 diabetes mellitus with hyperglycemia</td></tr>
</table>
<h2>Reason for referral</h2>
<div style="padding:2px 4px; line-height:1.4">{esc(f['reason'])}</div>
<h2>Diabetes summary</h2>
<table class="t">
<tr><th>Date</th><th>HbA1c</th><th>Monofilament (R / L)</th><th>Pedal pulses</th><th>Notes</th></tr>
<tr><td>{D('2026-05-04', 'us')}</td><td>8.9%</td><td>6/10 &nbsp;/&nbsp; 7/10</td><td>2+ / 2+</td><td>Started semaglutide</td></tr>
<tr><td>{D('2026-08-10', 'us')}</td><td>8.1%</td><td>5/10 &nbsp;/&nbsp; 6/10</td><td>2+ / 1+</td><td>Callus R 1st MTP noted</td></tr>
<tr><td>{D('2026-11-02', 'us')}</td><td>8.4%</td><td>3/10 &nbsp;/&nbsp; 4/10</td><td>1+ / 1+</td><td>No ulceration, no drainage</td></tr>
</table>
<h2>Current diabetes medications</h2>
<div style="padding:2px 4px; line-height:1.4">Metformin ER 1000 mg twice daily; semaglutide 1 mg weekly; insulin glargine 24 units at bedtime.
Gabapentin 300 mg at bedtime for neuropathic pain.</div>
<div style="margin-top:22px; display:flex; justify-content:space-between; align-items:flex-end">
<div>Signature: <span class="sig">T. Greenlee CRNP</span></div><div>Date signed: {D('2026-11-02', 'us')}</div></div>
<div class="ft"><span>Please fax visit note to {P(f['referring_fax'])} &mdash; Attn: Diabetes Education</span><span>MCDEC-REF-04</span></div>
</div></div>"""
    return dict(html=page("NQ08", css, body), fields=f, pages=1,
                kind="diabetes_clinic_ruled_label_rows_icd_without_dots_a1c_table_to_podiatry",
                mode="standard",
                fax=dict(when="11/02/2026 16:40", name="MAGIC CITY DIABETES", number=f["referring_fax"],
                         to="2059301121", fmt="f"))


# ====================================================================== NQ09
def nq09():
    """Primary care to rheumatology: serif form with outlined table (page 1) and a reference-lab printout (page 2)."""
    f = {
        "patient_last_name": "Ibarra-Solis",
        "patient_first_name": "Carmen",
        "patient_dob": "1979-08-25",
        "patient_sex": "F",
        "patient_phone": "9158426673",
        "patient_mrn": "0007718842",
        "insurance_payer": "Cigna",
        "insurance_member_id": "U8823015701",
        "referring_provider": "Howard Tran",
        "referring_npi": npi("112458096"),
        "referring_phone": "9155775200",
        "referring_fax": "9155775210",
        "referred_to_specialty": "rheumatology",
        "diagnosis_codes": ["M25.541", "M25.542", "R76.8"],
        "reason": "Symmetric small joint polyarthritis of both hands with 1 hr morning stiffness x 4 months, "
                  "positive RF and anti-CCP. Evaluate for rheumatoid arthritis and start DMARD.",
        "urgency": "routine",
        "referral_date": "2026-10-27",
    }
    css = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 9.5pt; }
.hd { display:flex; justify-content:space-between; border-bottom:2px solid #000; padding-bottom:4px; }
.hd .n { font-size:13pt; font-weight:bold; }
.hd .r { text-align:right; font-size:8.5pt; line-height:1.35; }
h1 { font-size:12pt; margin:8px 0 6px 0; }
table.o { width:100%; border:1.5px solid #000; margin-bottom:8px; }
table.o td { padding:3px 5px; vertical-align:top; border-bottom:1px solid #999; }
table.o td.l { font-weight:bold; width:1.35in; }
table.o tr.h td { background:#e4e4e4; font-weight:bold; border-bottom:1px solid #000; }
.lab { font-family:'Liberation Mono', monospace; font-size:9pt; }
.lab table { width:100%; }
.lab td, .lab th { padding:1px 4px; text-align:left; }
.lab th { border-bottom:1px solid #000; }
.sig { font-family:'Z003', cursive; font-size:16pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Sun City Primary Care Associates</div>
<div>Howard Tran, MD &middot; Lucia Benavides, MD &middot; Ken Ishida, PA-C</div></div>
<div class="r">10301 Gateway Blvd W, Ste B<br>El Paso, TX 79925<br>Tel {P(f['referring_phone'], 'dash')} &middot; Fax {P(f['referring_fax'], 'dash')}</div></div>
<h1>Consultation Referral &mdash; Rheumatology</h1>
<table class="o">
<tr class="h"><td colspan="4">Patient</td></tr>
<tr><td class="l">Name (Last, First)</td><td>Ibarra-Solis, Carmen</td><td class="l">DOB</td><td>{D(f['patient_dob'], 'us')}</td></tr>
<tr><td class="l">Sex</td><td>F</td><td class="l">Chart #</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Phone</td><td>{P(f['patient_phone'], 'dash')}</td><td class="l">Language</td><td>Spanish (interpreter needed)</td></tr>
<tr class="h"><td colspan="4">Insurance</td></tr>
<tr><td class="l">Carrier</td><td>{f['insurance_payer']}</td><td class="l">Subscriber ID</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Subscriber</td><td>Rafael Solis (spouse)</td><td class="l">Group</td><td>3340912</td></tr>
<tr class="h"><td colspan="4">Referral</td></tr>
<tr><td class="l">Referring MD</td><td>Howard Tran, MD</td><td class="l">NPI</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Consultant</td><td>First available rheumatologist</td><td class="l">Referral date</td><td>{D(f['referral_date'], 'us')}</td></tr>
<tr><td class="l">Priority</td><td colspan="3">{box(True)}Routine &nbsp;&nbsp; {box(False)}Urgent &nbsp;&nbsp; {box(False)}STAT</td></tr>
<tr><td class="l">ICD-10</td><td colspan="3">M25.541 Pain in joints of right hand<br>M25.542 Pain in joints of left hand<br>R76.8 Other specified abnormal immunological findings in serum</td></tr>
<tr><td class="l">Reason for consult</td><td colspan="3">{esc(f['reason'])}</td></tr>
<tr><td class="l">Key labs</td><td colspan="3">RF 68 IU/mL (H), anti-CCP 142 U/mL (H), ESR 44 mm/h (H), CRP 2.1 mg/dL (H), ANA negative &mdash; full report attached (p. 2)</td></tr>
<tr><td class="l">Treatment so far</td><td colspan="3">Naproxen 500 mg BID with partial relief; prednisone 10 mg x 5 days in September. No DMARD started.</td></tr>
<tr><td class="l">X-rays</td><td colspan="3">Hands bilateral {D('2026-10-21', 'us')}: periarticular osteopenia MCPs, no erosions.</td></tr>
</table>
<div style="display:flex; justify-content:space-between; align-items:flex-end; margin-top:12px">
<div>Referring physician signature: <span class="sig">H. Tran</span></div><div>Date signed: {D('2026-10-27', 'us')}</div></div>
<div style="margin-top:10px; font-size:8.5pt">Rheumatology office use: Received ____/____/______ &nbsp; Appt ____/____/______ &nbsp; Initials ______</div>
<div class="ft"><span>SCPCA referral v2 &middot; Fax completed form to rheumatology intake</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<div class="lab">
<div style="text-align:center; font-weight:bold; font-size:11pt">BORDERLAND REFERENCE LABORATORY</div>
<div style="text-align:center">5220 Montana Ave, El Paso TX 79903 &nbsp; Client Services {P('9155618000', 'dash')}</div>
<hr>
<table>
<tr><td>PATIENT: IBARRA-SOLIS, CARMEN</td><td>DOB: {D(f['patient_dob'], 'us')}</td><td>SEX: F</td></tr>
<tr><td>ORDERING: TRAN, HOWARD MD</td><td>ACCESSION: BR2610210884</td><td>COLLECTED: {D('2026-10-21', 'us')} 08:14</td></tr>
<tr><td>CLIENT: SUN CITY PRIMARY CARE</td><td>RECEIVED: {D('2026-10-21', 'us')} 11:50</td><td>REPORTED: {D('2026-10-23', 'us')} 15:02</td></tr>
</table>
<hr>
<table>
<tr><th>TEST</th><th>RESULT</th><th>FLAG</th><th>UNITS</th><th>REF RANGE</th></tr>
<tr><td>RHEUMATOID FACTOR</td><td>68</td><td>H</td><td>IU/mL</td><td>&lt;14</td></tr>
<tr><td>CYCLIC CITRULLINATED PEPTIDE AB IGG</td><td>142</td><td>H</td><td>U/mL</td><td>&lt;20</td></tr>
<tr><td>SED RATE (WESTERGREN)</td><td>44</td><td>H</td><td>mm/h</td><td>0-20</td></tr>
<tr><td>C-REACTIVE PROTEIN</td><td>2.1</td><td>H</td><td>mg/dL</td><td>&lt;0.5</td></tr>
<tr><td>ANA SCREEN, IFA</td><td>NEGATIVE</td><td></td><td></td><td>NEGATIVE</td></tr>
<tr><td>URIC ACID</td><td>4.8</td><td></td><td>mg/dL</td><td>2.5-7.0</td></tr>
<tr><td>WBC</td><td>8.2</td><td></td><td>K/uL</td><td>4.0-10.5</td></tr>
<tr><td>HEMOGLOBIN</td><td>11.6</td><td>L</td><td>g/dL</td><td>12.0-15.5</td></tr>
<tr><td>PLATELETS</td><td>412</td><td>H</td><td>K/uL</td><td>150-400</td></tr>
<tr><td>ALT</td><td>19</td><td></td><td>U/L</td><td>7-35</td></tr>
<tr><td>CREATININE</td><td>0.71</td><td></td><td>mg/dL</td><td>0.50-1.10</td></tr>
<tr><td>HEPATITIS B SURFACE AG</td><td>NONREACTIVE</td><td></td><td></td><td>NONREACTIVE</td></tr>
<tr><td>HEPATITIS C AB</td><td>NONREACTIVE</td><td></td><td></td><td>NONREACTIVE</td></tr>
</table>
<hr>
<div>*** END OF REPORT *** &nbsp; Medical Director: Ana Villarreal, MD, PhD &nbsp; CLIA 45D0987712</div>
</div>
<div class="ft"><span>IBARRA-SOLIS, CARMEN &middot; {f['patient_mrn']}</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NQ09", css, p1 + p2), fields=f, pages=2,
                kind="outlined_serif_table_form_checkbox_priority_pcp_to_rheumatology_plus_lab_report_page",
                mode="fine",
                fax=dict(when="10/27/2026 10:05", name="SUN CITY PRIMARY CARE", number=f["referring_fax"],
                         to="9155430077", fmt="a"))


# ====================================================================== NQ10
def nq10():
    """Primary care to psychiatry: Bookman form, blank referral date, PHQ-9 / GAD-7 score page."""
    f = {
        "patient_last_name": "Pruitt",
        "patient_first_name": "Jamal",
        "patient_dob": "1990-01-15",
        "patient_sex": "M",
        "patient_phone": "8032547719",
        "insurance_payer": "Absolute Total Care",
        "insurance_member_id": "4410387725",
        "referring_provider": "Elise Marchand",
        "referring_npi": npi("145566120"),
        "referring_phone": "8032561900",
        "referring_fax": "8032561944",
        "referred_to_specialty": "psychiatry",
        "diagnosis_codes": ["F33.1", "F41.1"],
        "reason": "Recurrent depression with PHQ-9 of 17 despite sertraline 150 mg for 10 weeks; please evaluate "
                  "for medication management.",
        "urgency": "routine",
    }
    css = """
body { font-family: 'URW Bookman', 'Bookman Old Style', serif; font-size: 9.5pt; }
.hd { border:2px solid #000; padding:5px 8px; display:flex; justify-content:space-between; align-items:center; }
.hd .n { font-size:13pt; font-weight:bold; }
.hd .r { font-size:8.5pt; text-align:right; line-height:1.35; }
h1 { font-size:12.5pt; margin:10px 0 6px 0; text-align:center; }
.sec { font-weight:bold; margin:9px 0 3px 0; border-bottom:1.5px solid #000; }
.ln { margin:4px 0; line-height:1.35; }
.ln b { font-weight:bold; }
.u { border-bottom:1px solid #000; padding:0 6px; }
.blank { display:inline-block; border-bottom:1px solid #000; width:1.3in; }
table.q { width:100%; margin-top:4px; }
table.q th, table.q td { border:1px solid #000; padding:2px 4px; font-size:8.5pt; vertical-align:middle; }
table.q td.n { text-align:center; width:0.55in; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    hd = f"""<div class="hd"><div><div class="n">Congaree Primary Care</div>
<div>2 Medical Park Rd, Suite 210, Columbia, SC 29203</div></div>
<div class="r">Main {P(f['referring_phone'], 'paren')}<br>Fax {P(f['referring_fax'], 'paren')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>Behavioral Health / Psychiatry Referral</h1>
<div class="sec">Patient</div>
<div class="ln"><b>Name:</b> <span class="u">Jamal K. Pruitt</span> &nbsp;&nbsp; <b>DOB:</b> <span class="u">{D(f['patient_dob'], 'abbr')}</span> &nbsp;&nbsp; <b>Sex:</b> <span class="u">Male</span></div>
<div class="ln"><b>Phone:</b> <span class="u">{P(f['patient_phone'])}</span> &nbsp; OK to leave message? {box(False)}Yes {box(True)}No &nbsp;&nbsp; <b>Best time:</b> <span class="u">after 3 pm</span></div>
<div class="ln"><b>Emergency contact:</b> <span class="u">Tamika Pruitt (sister) {P('8037402286')}</span></div>
<div class="sec">Insurance</div>
<div class="ln"><b>Plan:</b> <span class="u">{f['insurance_payer']} (SC Medicaid)</span> &nbsp;&nbsp; <b>Medicaid ID:</b> <span class="u">{f['insurance_member_id']}</span></div>
<div class="sec">Referring clinician</div>
<div class="ln"><b>Referring clinician:</b> <span class="u">Dr. Elise Marchand, DO</span> &nbsp;&nbsp; <b>NPI:</b> <span class="u">{f['referring_npi']}</span></div>
<div class="ln"><b>Direct line:</b> <span class="u">{P(f['referring_phone'])}</span> &nbsp;&nbsp; <b>Fax:</b> <span class="u">{P(f['referring_fax'])}</span></div>
<div class="sec">Referred to</div>
<div class="ln"><b>Service:</b> {box(False)}Therapy/counseling only &nbsp; {box(True)}Psychiatry (medication management) &nbsp; {box(False)}Substance use program</div>
<div class="ln"><b>Practice:</b> <span class="u">Midlands Behavioral Health, 1800 Colonial Dr, Columbia SC</span> &nbsp; <b>Ph</b> <span class="u">{P('8038981200')}</span></div>
<div class="sec">Clinical information</div>
<div class="ln"><b>Diagnoses (ICD-10):</b> <span class="u">F33.1 Major depressive disorder, recurrent, moderate</span>; <span class="u">F41.1 Generalized anxiety disorder</span></div>
<div class="ln"><b>Screening scores:</b> PHQ-9 = <span class="u">17</span> (moderately severe) &nbsp; GAD-7 = <span class="u">14</span> &nbsp; PHQ-9 item 9 = <span class="u">0</span></div>
<div class="ln"><b>Reason for referral:</b> <span class="u">{esc(f['reason'])}</span></div>
<div class="ln"><b>Current psychiatric meds:</b> sertraline 150 mg daily (since {D('2026-08-20', 'us')}); hydroxyzine 25 mg prn anxiety</div>
<div class="ln"><b>Safety:</b> Denies SI/HI. No prior hospitalizations. No substance use disorder. Safety plan reviewed.</div>
<div class="ln"><b>Urgency:</b> {box(True)}Routine (within 30 days) &nbsp; {box(False)}Urgent (within 72 hours) &nbsp; {box(False)}Emergency &rarr; send to ED / call 988</div>
<div class="ln" style="margin-top:18px"><b>Signature:</b> <span class="blank">&nbsp;</span> &nbsp;&nbsp; <b>Date signed:</b> <span class="blank">&nbsp;</span></div>
<div class="ln" style="font-size:8.5pt; margin-top:10px">Patient has signed a release of information (ROI) for Midlands Behavioral Health; copy kept in chart.</div>
<div class="ft"><span>CPC-BH-01</span><span>Page 1 of 2</span></div>
</div></div>"""
    items = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless",
             "Trouble falling or staying asleep, or sleeping too much", "Feeling tired or having little energy",
             "Poor appetite or overeating",
             "Feeling bad about yourself, or that you are a failure or have let yourself or your family down",
             "Trouble concentrating on things, such as reading the newspaper or watching television",
             "Moving or speaking so slowly that other people could have noticed, or the opposite",
             "Thoughts that you would be better off dead, or of hurting yourself in some way"]
    scores = [2, 3, 2, 3, 2, 2, 2, 1, 0]
    assert sum(scores) == 17
    rows = "".join(f"<tr><td>{i}. {t}</td>" + "".join(f'<td class="n">{box(s == k)}</td>' for k in range(4)) + "</tr>"
                   for i, (t, s) in enumerate(zip(items, scores), 1))
    p2 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>Patient Health Questionnaire (PHQ-9)</h1>
<div class="ln"><b>Patient:</b> <span class="u">Jamal K. Pruitt</span> &nbsp;&nbsp; <b>Date completed:</b> <span class="u">{D('2026-11-04', 'us')}</span></div>
<div class="ln">Over the last 2 weeks, how often have you been bothered by any of the following problems?</div>
<table class="q">
<tr><th style="text-align:left"></th><th>Not at all (0)</th><th>Several days (1)</th><th>More than half the days (2)</th><th>Nearly every day (3)</th></tr>
{rows}
</table>
<div class="ln" style="margin-top:8px"><b>Total score: 17</b> &nbsp; (0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe)</div>
<div class="ln">If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things
at home, or get along with other people? &nbsp; {box(False)}Not difficult &nbsp; {box(False)}Somewhat &nbsp; {box(True)}Very difficult &nbsp; {box(False)}Extremely</div>
<div class="ln" style="margin-top:10px"><b>GAD-7 total:</b> 14 (moderate) &nbsp;&nbsp; <b>Previous PHQ-9:</b> 19 on {D('2026-08-20', 'us')}</div>
<div class="ln" style="font-size:8pt; margin-top:10px">PHQ-9 developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues. No permission required to reproduce.</div>
<div class="ft"><span>CPC-BH-01</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NQ10", css, p1 + p2), fields=f, pages=2,
                kind="bookman_line_form_underlined_values_pcp_to_psychiatry_blank_date_plus_phq9_page",
                mode="standard",
                fax=dict(when="11/04/2026 17:26", name="CONGAREE PRIMARY CARE", number=f["referring_fax"],
                         to="8038981201", fmt="h"))
