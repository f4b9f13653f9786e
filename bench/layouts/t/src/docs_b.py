"""NG06-NG10 document builders (see docs_a.py for the theme of set T)."""
from common import npi, P, D, box, page, esc


# ====================================================================== NG06
def ng06():
    """Lexington primary care -> rheumatology. Insurance block lists PRIMARY and SECONDARY coverage side by side
    (truth = primary); the date-of-referral line is left blank. Page skewed."""
    f = {
        "patient_last_name": "Duvall",
        "patient_first_name": "Loretta",
        "patient_dob": "1966-05-16",
        "patient_sex": "F",
        "patient_phone": "8592694470",
        "patient_mrn": "BPC-77130",
        "insurance_payer": "Anthem Blue Cross and Blue Shield",
        "insurance_member_id": "YRK884210337",
        "referring_provider": "Garrett Pennington",
        "referring_npi": npi("170348225"),
        "referring_phone": "8592781100",
        "referring_fax": "8592781140",
        "referred_to_specialty": "rheumatology",
        "referred_to_provider": "Shirin Farahani",
        "diagnosis_codes": ["M25.541", "M25.542", "R76.8"],
        "reason": "Symmetric hand joint pain and morning stiffness for 4 months with positive anti-CCP and elevated "
                  "CRP. Please evaluate for rheumatoid arthritis.",
        "urgency": "routine",
    }
    css = """
body { font-family: 'URW Bookman', 'Bookman Old Style', serif; font-size: 9.5pt; line-height:1.3; }
.hd { text-align:center; }
.hd .n { font-size:16pt; font-weight:bold; font-variant:small-caps; letter-spacing:1px; }
.hd .a { font-size:8.5pt; }
h1 { font-size:12pt; text-align:center; margin:8px 0 8px 0; padding:3px 0; border-top:1px solid #000; border-bottom:1px solid #000; }
.sec { font-weight:bold; font-size:10pt; margin:8px 0 3px 0; text-decoration:underline; }
table.f { width:100%; }
table.f td { padding:2px 4px; vertical-align:bottom; }
table.f td.l { white-space:nowrap; width:1px; font-size:8.5pt; }
table.f.top td { vertical-align:top; }
table.f td.v { border-bottom:1px solid #000; }
table.ins { width:100%; table-layout:fixed; border:1.5px solid #000; }
table.ins th { border:1px solid #000; padding:3px; font-size:9.5pt; background:#e6e6e6; }
table.ins td { border:1px solid #000; padding:3px 5px; }
table.ins td.l { font-size:8.5pt; width:1.3in; }
.cb { font-family:'Liberation Sans', sans-serif; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; text-align:center; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Bluegrass Primary Care Associates</div>
<div class="a">2801 Palumbo Drive, Suite 150 &middot; Lexington, Kentucky 40509<br>
Telephone {P(f['referring_phone'], 'paren')} &middot; Fax {P(f['referring_fax'], 'paren')}</div></div>
<h1>REQUEST FOR SPECIALTY CONSULTATION</h1>
<div class="sec">Patient</div>
<table class="f">
<tr><td class="l">Name:</td><td class="v">Duvall, Loretta J.</td><td class="l">Date of birth:</td><td class="v">{D(f['patient_dob'], 'us')}</td><td class="l">Sex:</td><td class="v">F</td></tr>
<tr><td class="l">Phone:</td><td class="v">{P(f['patient_phone'], 'paren')}</td><td class="l">Account #:</td><td class="v">{f['patient_mrn']}</td><td class="l">SSN:</td><td class="v">xxx-xx-4417</td></tr>
<tr><td class="l">Address:</td><td class="v" colspan="5">905 Tates Creek Rd, Nicholasville KY 40356</td></tr>
</table>
<div class="sec">Insurance (attach copies of both cards)</div>
<table class="ins">
<tr><th style="width:1.3in"></th><th>PRIMARY</th><th>SECONDARY</th></tr>
<tr><td class="l">Insurance company</td><td>{f['insurance_payer']}</td><td>Aetna Choice POS II</td></tr>
<tr><td class="l">Member / ID no.</td><td>{f['insurance_member_id']}</td><td>W229047115</td></tr>
<tr><td class="l">Group no.</td><td>170442-KYG</td><td>0862155-10</td></tr>
<tr><td class="l">Subscriber</td><td>Loretta J. Duvall (self)</td><td>Dennis R. Duvall (spouse)</td></tr>
<tr><td class="l">Subscriber DOB</td><td>{D(f['patient_dob'], 'us')}</td><td>{D('1963-11-02', 'us')}</td></tr>
<tr><td class="l">Payer phone</td><td>{P('8003315555', 'one')}</td><td>{P('8008723862', 'one')}</td></tr>
</table>
<div class="sec">Referring physician</div>
<table class="f">
<tr><td class="l">Name:</td><td class="v">Garrett Pennington, MD</td><td class="l">NPI:</td><td class="v">{f['referring_npi']}</td></tr>
<tr><td class="l">Phone:</td><td class="v">{P(f['referring_phone'], 'paren')}</td><td class="l">Fax:</td><td class="v">{P(f['referring_fax'], 'paren')}</td></tr>
</table>
<div class="sec">Consultant</div>
<table class="f">
<tr><td class="l">Specialty:</td><td class="v">Rheumatology</td><td class="l">Physician:</td><td class="v">Shirin Farahani, MD</td></tr>
<tr><td class="l">Practice:</td><td class="v" colspan="3">UK HealthCare Rheumatology, 740 S Limestone, Lexington KY 40536 &middot; Fax {P('8593234012', 'paren')}</td></tr>
</table>
<div class="sec">Clinical information</div>
<table class="f top">
<tr><td class="l">Diagnoses (ICD-10):</td><td class="v">M25.541 Pain in joints of right hand; M25.542 Pain in joints of left hand</td></tr>
<tr><td class="l"></td><td class="v">R76.8 Other specified abnormal immunological findings in serum</td></tr>
<tr><td class="l">Reason for referral:</td><td class="v">{esc(f['reason'])}</td></tr>
<tr><td class="l">Labs:</td><td class="v">Anti-CCP 86 U/mL (pos), RF 41 IU/mL, CRP 2.8 mg/dL, ESR 44 ({D('2026-09-28', 'us')}). Hand X-rays pending.</td></tr>
<tr><td class="l">Current treatment:</td><td class="v">Naproxen 500 mg twice daily; prednisone not started.</td></tr>
</table>
<div class="sec">Priority</div>
<div><span class="cb">{box(True)}</span>Routine &nbsp;&nbsp; <span class="cb">{box(False)}</span>Urgent (within 72 h) &nbsp;&nbsp; <span class="cb">{box(False)}</span>Emergent</div>
<table class="f" style="margin-top:18px">
<tr><td class="l">Physician signature:</td><td class="v"><span style="font-family:'Z003',cursive;font-size:17pt">Garrett Pennington</span></td>
<td class="l">Date of referral:</td><td class="v" style="width:1.4in">&nbsp;</td></tr>
</table>
<div class="ft">BPCA-CONSULT-4 &middot; This form contains protected health information.</div>
</div></div>"""
    return dict(html=page("NG06", css, body), fields=f, pages=1,
                kind="primary_and_secondary_insurance_side_by_side_blank_referral_date_pcp_to_rheumatology",
                mode="standard", skew={1: -0.7},
                fax=dict(when="10/08/2026 14:51", name="BLUEGRASS PCA", number=f["referring_fax"],
                         to="8593234012", fmt="f"))


# ====================================================================== NG07
def ng07():
    """Norfolk family physicians -> urology. Two-page form: patient, insurance and contacts on page 1; the
    referring provider, consultant, diagnosis and reason continue on page 2 under a repeated header with the
    patient name and DOB. Page 2 skewed."""
    f = {
        "patient_last_name": "Abernathy",
        "patient_first_name": "Clifton",
        "patient_dob": "1958-02-14",
        "patient_sex": "M",
        "patient_phone": "7576233308",
        "patient_mrn": "TFP210556",
        "insurance_payer": "Sentara Health Plans",
        "insurance_member_id": "SNT48830271",
        "referring_provider": "Marisol Echeverria-Dunn",
        "referring_npi": npi("183019566"),
        "referring_phone": "7574619200",
        "referring_fax": "7574619211",
        "referred_to_specialty": "urology",
        "referred_to_provider": "Winston Adeyemi",
        "diagnosis_codes": ["R31.0", "N20.0"],
        "reason": "Painless gross hematuria on two occasions and 7 mm left renal stone on CT; please evaluate with "
                  "cystoscopy and stone management.",
        "urgency": "routine",
        "referral_date": "2026-11-12",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', sans-serif; font-size: 9.5pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:4px double #000; padding-bottom:4px; }
.hd .n { font-family:'C059', serif; font-size:15pt; font-weight:bold; }
.hd .a { font-size:8pt; line-height:1.35; }
.rep { display:flex; justify-content:space-between; font-size:9pt; border:1px solid #000; padding:3px 6px; margin-top:5px; }
h1 { font-size:13pt; margin:8px 0 4px 0; }
.sec { margin-top:9px; font-weight:bold; font-size:10pt; }
.sec span { font-weight:normal; font-size:8pt; }
table.g { width:100%; table-layout:fixed; margin-top:2px; }
table.g td { border:1px solid #000; padding:2px 5px 4px 5px; vertical-align:top; height:0.42in; }
table.g td i { display:block; font-style:normal; font-size:7.5pt; margin-bottom:1px; }
.cont { text-align:right; font-weight:bold; font-size:9pt; margin-top:8px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""

    def c(lbl, val, span=1):
        return f'<td colspan="{span}"><i>{lbl}</i>{val}</td>'

    hd = f"""<div class="hd"><div><div class="n">Tidewater Family Physicians</div>
<div class="a">6160 Kempsville Circle, Suite 200A &middot; Norfolk, VA 23502</div></div>
<div class="a" style="text-align:right">Phone {P(f['referring_phone'], 'dash')}<br>Fax {P(f['referring_fax'], 'dash')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>Referral Authorization Request &mdash; Specialist</h1>
<div style="font-size:8.5pt">Sections A&ndash;C on this page; sections D&ndash;G continue on page 2.</div>
<div class="sec">A. PATIENT</div>
<table class="g">
<tr>{c('Last name', 'ABERNATHY')}{c('First name', 'CLIFTON')}{c('Middle', 'RAY')}{c('Suffix', '&nbsp;')}</tr>
<tr>{c('Date of birth', D(f['patient_dob'], 'us'))}{c('Sex', 'Male')}{c('Chart number', f['patient_mrn'])}{c('Marital status', 'Married')}</tr>
<tr>{c('Home phone', P(f['patient_phone'], 'dash'))}{c('Work phone', P('7574452190', 'dash') + ' (Norfolk Naval Shipyard)')}{c('Preferred contact', 'Home, evenings', 2)}</tr>
<tr>{c('Street', '1127 Little Creek Rd', 2)}{c('City', 'Norfolk')}{c('State / ZIP', 'VA 23505')}</tr>
</table>
<div class="sec">B. INSURANCE</div>
<table class="g">
<tr>{c('Plan', f['insurance_payer'], 2)}{c('Member ID', f['insurance_member_id'])}{c('Group', 'EMP-22871')}</tr>
<tr>{c('Subscriber', 'Clifton R. Abernathy')}{c('Relationship', 'Self')}{c('Plan phone', P('8006414430', 'dash'))}{c('Effective', D('2026-01-01', 'us'))}</tr>
</table>
<div class="sec">C. CONTACTS <span>(not the patient)</span></div>
<table class="g">
<tr>{c('Emergency contact', 'Yvonne Abernathy (wife)', 2)}{c('Phone', P('7576233391', 'dash'))}{c('Alt. phone', P('7578150442', 'dash'))}</tr>
<tr>{c('Guarantor', 'Clifton R. Abernathy', 2)}{c('Guarantor phone', P('7576233308', 'dash'))}{c('&nbsp;', '&nbsp;')}</tr>
</table>
<div class="sec" style="margin-top:14px">Office use</div>
<table class="g">
<tr>{c('Received by', 'T. Bracken')}{c('Date received', D('2026-11-12', 'us'))}{c('Auth #', 'pending')}{c('Visits approved', '&nbsp;')}</tr>
</table>
<div class="cont">CONTINUED ON PAGE 2 &rarr;</div>
<div class="ft"><span>TFP-RAR-2 (2 pages)</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{hd}
<div class="rep"><span><b>Referral Authorization Request (continued)</b></span><span>Patient: ABERNATHY, CLIFTON R</span><span>DOB {D(f['patient_dob'], 'us')}</span></div>
<div class="sec">D. REFERRING PROVIDER</div>
<table class="g">
<tr>{c('Name', 'Marisol Echeverria-Dunn, MD', 2)}{c('NPI', f['referring_npi'])}{c('Taxonomy', '207Q00000X')}</tr>
<tr>{c('Office phone', P(f['referring_phone'], 'dash'))}{c('Office fax', P(f['referring_fax'], 'dash'))}{c('Contact', 'Tamika Bracken, referral coordinator', 2)}</tr>
</table>
<div class="sec">E. REFERRED TO</div>
<table class="g">
<tr>{c('Specialty', 'Urology')}{c('Physician', 'Winston Adeyemi, MD')}{c('Practice', 'Hampton Roads Urology, 225 Clearfield Ave, Virginia Beach', 2)}</tr>
<tr>{c('Phone', P('7574572800', 'dash'))}{c('Fax', P('7574572849', 'dash'))}{c('Visit type', 'Consult and treat')}{c('Priority', 'Routine')}</tr>
</table>
<div class="sec">F. DIAGNOSIS AND REASON</div>
<table class="g">
<tr>{c('ICD-10 #1', 'R31.0')}{c('Description', 'Gross hematuria', 3)}</tr>
<tr>{c('ICD-10 #2', 'N20.0')}{c('Description', 'Calculus of kidney', 3)}</tr>
<tr>{c('Reason for referral', esc(f['reason']), 4)}</tr>
<tr>{c('Pertinent history', 'CT abdomen/pelvis with and without contrast ' + D('2026-11-06', 'us') + ': 7 mm non-obstructing left lower-pole calculus, no hydronephrosis, bladder wall not well seen. UA ' + D('2026-11-03', 'us') + ': >50 RBC/hpf. Former smoker (30 pack-years). Creatinine 1.0.', 4)}</tr>
</table>
<div class="sec">G. AUTHORIZATION</div>
<table class="g">
<tr>{c('Signature', '<span style="font-family:Z003,cursive;font-size:16pt">M. Echeverria-Dunn</span>', 2)}{c('Date', D(f['referral_date'], 'us'))}{c('Number of visits', '3')}</tr>
</table>
<div class="ft"><span>TFP-RAR-2 (2 pages)</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NG07", css, p1 + p2), fields=f, pages=2,
                kind="two_page_form_patient_on_p1_provider_dx_reason_continue_on_p2_under_repeated_header_to_urology",
                mode="fine", skew={2: -1.3},
                fax=dict(when="11/12/2026 10:18", name="TIDEWATER FAM PHYS", number=f["referring_fax"],
                         to="7574572849", fmt="a"))


# ====================================================================== NG08
def ng08():
    """Rutland VT family medicine -> ophthalmology (retina). Page 1 is a fax cover sheet full of distractor
    names/phones; page 2 is a letter with the date spelled out and the patient identifiers in a right-aligned
    block. No MRN anywhere. Lost scan lines on page 2."""
    f = {
        "patient_last_name": "Thibodeau",
        "patient_first_name": "Rosalie",
        "patient_dob": "1955-08-21",
        "patient_sex": "F",
        "patient_phone": "8027734419",
        "insurance_payer": "Blue Cross and Blue Shield of Vermont",
        "insurance_member_id": "VTB220481906",
        "referring_provider": "Owen Marchetti",
        "referring_npi": npi("129574403"),
        "referring_phone": "8027750600",
        "referring_fax": "8027750633",
        "referred_to_specialty": "ophthalmology",
        "referred_to_provider": "Hannah Kessler",
        "diagnosis_codes": ["H43.391", "H53.19"],
        "reason": "Sudden onset of new floaters and flashing lights in the right eye for 2 days; please evaluate for "
                  "retinal tear or detachment.",
        "urgency": "urgent",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'P052', 'Palatino Linotype', serif; font-size: 11pt; line-height:1.4; }
.cv h1 { font-family:'URW Gothic', 'Liberation Sans', sans-serif; font-size:34pt; letter-spacing:6px; margin:0.2in 0 0.15in 0; }
.cv table { width:100%; font-size:12pt; }
.cv td { padding:6px 4px; border-bottom:1px solid #000; }
.cv td.l { font-family:'URW Gothic', sans-serif; width:1.2in; font-weight:bold; }
.cv .chk { margin:0.2in 0; font-family:'URW Gothic', sans-serif; font-size:11pt; }
.cv .msg { border:1.5px solid #000; padding:8px 10px; min-height:2in; }
.lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:1px solid #000; padding-bottom:6px; }
.lh .n { font-size:17pt; font-style:italic; }
.lh .a { font-size:8.5pt; text-align:right; line-height:1.35; }
.ids { margin-left:auto; width:3.0in; text-align:right; margin-top:14px; font-size:10pt; line-height:1.35; }
.date { margin:12px 0 10px 0; }
p { margin:0 0 9px 0; text-align:justify; }
.sig { font-family:'Z003', cursive; font-size:21pt; margin:2px 0 0 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; text-align:center; }
"""
    p1 = f"""
<div class="sheet"><div class="inner cv">
<div style="font-family:'URW Gothic',sans-serif; font-size:11pt">GREEN MOUNTAIN FAMILY MEDICINE &middot; 160 Allen Street, Rutland, VT 05701</div>
<h1>FAX</h1>
<table>
<tr><td class="l">To:</td><td>Referral coordinator, Champlain Eye Associates</td></tr>
<tr><td class="l">Fax:</td><td>{P('8028646215', 'paren')}</td></tr>
<tr><td class="l">Phone:</td><td>{P('8028646200', 'paren')}</td></tr>
<tr><td class="l">From:</td><td>Brianna Costello, MA (for Dr. Marchetti)</td></tr>
<tr><td class="l">Fax:</td><td>{P(f['referring_fax'], 'paren')}</td></tr>
<tr><td class="l">Phone:</td><td>{P('8027750614', 'paren')} (direct line)</td></tr>
<tr><td class="l">Date:</td><td>{D('2026-11-03', 'us')}</td></tr>
<tr><td class="l">Pages:</td><td>2 (including cover)</td></tr>
<tr><td class="l">Re:</td><td>Referral &ndash; please schedule promptly</td></tr>
</table>
<div class="chk">{box(True)} Urgent &nbsp;&nbsp; {box(False)} For review &nbsp;&nbsp; {box(True)} Please reply &nbsp;&nbsp; {box(False)} Please comment</div>
<div class="msg">Good morning &ndash; attached is Dr. Marchetti's referral letter. The patient has been told to expect
a call today. If Dr. Kessler cannot see her this week, please call me at the direct line above so we can arrange
another retina specialist. Thank you! &mdash; Brianna</div>
<div class="ft" style="font-size:8pt">CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential
health information that is legally privileged. If you are not the intended recipient, please notify the sender
immediately at {P('8027750600', 'paren')} and destroy the documents.</div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">Green Mountain Family Medicine</div>
<div class="a">160 Allen Street, Rutland, Vermont 05701<br>Office {P(f['referring_phone'], 'dash')} &middot; Fax {P(f['referring_fax'], 'dash')}</div></div>
<div class="ids">
<b>Patient:</b> Rosalie Thibodeau<br>
<b>Date of birth:</b> {D(f['patient_dob'], 'long')}<br>
<b>Sex:</b> F &nbsp; <b>Tel:</b> {P(f['patient_phone'], 'dash')}<br>
<b>Insurance:</b> {f['insurance_payer']}<br>
<b>Member ID:</b> {f['insurance_member_id']}<br>
<b>ICD-10:</b> H43.391, H53.19
</div>
<div class="date">{D(f['referral_date'], 'long')}</div>
<div>Hannah Kessler, MD<br>Retina Service, Champlain Eye Associates<br>1 Kennedy Drive, South Burlington, VT 05403</div>
<p style="margin-top:12px">Dear Dr. Kessler,</p>
<p>I am writing to request an <b>urgent</b> ophthalmology evaluation for my patient, Rosalie Thibodeau.
Reason for referral: {esc(f['reason'])}</p>
<p>Mrs. Thibodeau is a 71-year-old woman with moderate myopia (about &minus;5.00 in both eyes) who had uncomplicated
cataract surgery on the right eye on {D('2025-03-11', 'long')}. On the morning of {D('2026-11-01', 'long')} she noticed a
&ldquo;swarm of gnats&rdquo; in the right visual field and brief flashes at the temporal edge, worse in dim light. She
denies a curtain or shadow, and her visual acuity in my office today was 20/30 in the right eye and 20/25 in the left
with correction. I could not get an adequate dilated view. Her diagnoses for this visit are other vitreous opacities of
the right eye (H43.391) and other subjective visual disturbances (H53.19).</p>
<p>She takes lisinopril and a daily baby aspirin and has no diabetes. Her daughter, Celeste Moreau, will drive her
and can be reached at {P('8024380927', 'dash')}. I have asked her to go to the Rutland Regional emergency department if
she notices any loss of vision before she is seen.</p>
<p>Thank you for seeing her. Please send your findings to my office.</p>
<p style="margin-bottom:0">With kind regards,</p>
<div class="sig">Owen Marchetti</div>
<div>Owen Marchetti, MD &middot; NPI {f['referring_npi']}<br>Family Medicine</div>
<div class="ft">Green Mountain Family Medicine &middot; a member of the Otter Creek Health Network</div>
</div></div>"""
    return dict(html=page("NG08", css, p1 + p2), fields=f, pages=2,
                kind="fax_cover_sheet_plus_letter_right_aligned_identifier_block_spelled_date_no_mrn_to_ophthalmology",
                mode="standard", dropouts={2: 2},
                fax=dict(when="11/03/2026 09:27", name="GREEN MTN FAM MED", number=f["referring_fax"],
                         to="8028646215", fmt="c"))


# ====================================================================== NG09
def ng09():
    """Flagstaff pediatrics -> allergy. Every phone is printed dotted (928.555.0110) and the office numbers carry
    extensions ('x214'); the sex line and the preferred allergist are left blank."""
    f = {
        "patient_last_name": "Castellanos",
        "patient_first_name": "Mateo",
        "patient_dob": "2015-06-09",
        "patient_phone": "9285550147",
        "patient_mrn": "PPF-48213",
        "insurance_payer": "Mercy Care",
        "insurance_member_id": "A12093847",
        "referring_provider": "Lucia Farnsworth",
        "referring_npi": npi("158822047"),
        "referring_phone": "9285550110",
        "referring_fax": "9285550119",
        "referred_to_specialty": "allergy",
        "diagnosis_codes": ["J30.2", "Z91.010"],
        "reason": "Suspected peanut allergy after hives and lip swelling following peanut butter exposure, plus "
                  "seasonal allergic rhinitis; please evaluate and perform allergy testing.",
        "urgency": "routine",
        "referral_date": "2026-10-14",
    }
    css = """
body { font-family: 'URW Gothic', 'Century Gothic', sans-serif; font-size: 9.8pt; line-height:1.35; }
.hd { display:flex; justify-content:space-between; align-items:center; }
.hd .logo { width:0.55in; height:0.55in; border-radius:50%; border:3px solid #000; text-align:center;
            font-size:18pt; font-weight:bold; line-height:0.5in; margin-right:8px; }
.hd .n { font-size:15pt; font-weight:bold; }
.hd .a { font-size:8.5pt; }
.dir { font-size:8.5pt; border:1px solid #000; padding:4px 6px; line-height:1.4; }
h1 { font-size:14pt; margin:10px 0 2px 0; border-bottom:2px solid #000; }
.grid { display:grid; grid-template-columns: 1fr 1fr; column-gap:0.3in; row-gap:2px; }
.fl { display:flex; gap:6px; border-bottom:1px solid #000; padding:3px 0 1px 0; }
.fl b { font-size:8.5pt; white-space:nowrap; }
.full { grid-column: 1 / 3; }
h2 { font-size:10.5pt; margin:10px 0 2px 0; background:#ddd; padding:1px 5px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; border-top:1px solid #000; padding-top:2px; }
"""

    def fl(lbl, val, cls=""):
        return f'<div class="fl {cls}"><b>{lbl}</b><span>{val}</span></div>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div style="display:flex; align-items:center"><div class="logo">PP</div>
<div><div class="n">Ponderosa Pediatrics &amp; Family</div>
<div class="a">1200 N Beaver St, Bldg B &middot; Flagstaff, AZ 86001</div></div></div>
<div class="dir">Main: {P(f['referring_phone'], 'dot')} x214<br>Referrals: {P(f['referring_phone'], 'dot')} x220<br>
Fax: {P(f['referring_fax'], 'dot')}<br>Nurse line: {P('9285550131', 'dot')} x2</div></div>
<h1>Referral to Specialist</h1>
<h2>Patient</h2>
<div class="grid">
{fl('Patient name:', 'Castellanos, Mateo')}{fl('Date of birth:', D(f['patient_dob'], 'us'))}
{fl('Sex:', '&nbsp;')}{fl('Chart #:', f['patient_mrn'])}
{fl('Parent / guardian:', 'Graciela Castellanos (mother)')}{fl('Home phone:', P(f['patient_phone'], 'dot'))}
{fl('Parent work phone:', P('9285550188', 'dot') + ' x3051')}{fl('School nurse:', P('9285550163', 'dot'))}
{fl('Address:', '2418 N Fort Valley Rd, Flagstaff AZ 86001', 'full')}
</div>
<h2>Coverage</h2>
<div class="grid">
{fl('Plan (AHCCCS):', f['insurance_payer'])}{fl('Member ID:', f['insurance_member_id'])}
{fl('Plan phone:', P('6025550160', 'dot'))}{fl('PA required:', 'Yes &ndash; submitted')}
</div>
<h2>Referring provider</h2>
<div class="grid">
{fl('Provider:', 'Lucia Farnsworth, MD (Pediatrics)')}{fl('NPI:', f['referring_npi'])}
{fl('Phone:', P(f['referring_phone'], 'dot') + ' x214')}{fl('Fax:', P(f['referring_fax'], 'dot'))}
</div>
<h2>Refer to</h2>
<div class="grid">
{fl('Specialty:', 'Allergy / Immunology')}{fl('Preferred allergist:', '&nbsp;')}
{fl('Practice:', 'Northern Arizona Allergy &amp; Asthma')}{fl('Their phone:', P('9285550172', 'dot') + ' x3')}
{fl('Urgency:', box(True) + 'Routine &nbsp; ' + box(False) + 'Urgent &nbsp; ' + box(False) + 'Stat', 'full')}
</div>
<h2>Clinical</h2>
<div class="grid">
{fl('Dx 1:', 'J30.2 Other seasonal allergic rhinitis', 'full')}
{fl('Dx 2:', 'Z91.010 Allergy to peanuts', 'full')}
{fl('Reason:', esc(f['reason']), 'full')}
{fl('Reaction history:', 'Urticaria and lip angioedema within 15 minutes of peanut butter on ' + D('2026-09-20', 'us') + '; treated with cetirizine at Flagstaff Medical Center urgent care. No wheeze, no vomiting. Epinephrine auto-injector prescribed ' + D('2026-09-22', 'us') + '.', 'full')}
{fl('Current meds:', 'Cetirizine 5 mg daily, fluticasone nasal 1 spray each nostril daily, EpiPen Jr 0.15 mg PRN', 'full')}
</div>
<div class="grid" style="margin-top:16px">
{fl('Signature:', '<span style="font-family:Z003,cursive;font-size:15pt">Lucia Farnsworth MD</span>')}{fl('Date:', D(f['referral_date'], 'us'))}
</div>
<div class="ft">Questions about this referral? Call {P(f['referring_phone'], 'dot')} x220 (Referrals, Marisela) &middot; Mon&ndash;Fri 8:00&ndash;4:30</div>
</div></div>"""
    return dict(html=page("NG09", css, body), fields=f, pages=1,
                kind="dotted_phones_with_extensions_blank_sex_and_allergist_pediatrics_to_allergy",
                mode="fine",
                fax=dict(when="10/14/2026 13:09", name="PONDEROSA PEDS", number=f["referring_fax"],
                         to="9285550178", fmt="g"))


# ====================================================================== NG10
def ng10():
    """Springfield MO internal medicine: DME + physical-therapy order. Diagnosis codes listed without dots and
    after their descriptions ('Type 2 diabetes with neuropathy - E1142'); no urgency printed; no named
    therapist. Page 2 is a face sheet with distractors. Page 1 skewed."""
    f = {
        "patient_last_name": "Hargrove",
        "patient_first_name": "Wilma",
        "patient_dob": "1946-03-30",
        "patient_sex": "F",
        "patient_phone": "4178626652",
        "patient_mrn": "HIM0038815",
        "insurance_payer": "Medicare",
        "insurance_member_id": "5RD9XK3MT62",
        "referring_provider": "Dwight Kallenbach",
        "referring_npi": npi("167094532"),
        "referring_phone": "4178821900",
        "referring_fax": "4178821977",
        "referred_to_specialty": "physical_therapy",
        "diagnosis_codes": ["E11.42", "R26.81", "Z91.81"],
        "reason": "Two falls in the past three months with diabetic neuropathy and unsteady gait; PT evaluation and "
                  "treatment for gait and balance training, and fit for a rolling walker.",
        "urgency": "routine",
        "referral_date": "2026-10-30",
    }
    css = """
body { font-family: 'Liberation Serif', 'Nimbus Roman', serif; font-size: 10.5pt; line-height:1.35; }
.hd { border:2px solid #000; padding:5px 8px; display:flex; justify-content:space-between; }
.hd .n { font-size:14pt; font-weight:bold; }
.hd .a { font-size:8.5pt; }
h1 { font-family:'Liberation Sans', sans-serif; font-size:13pt; text-align:center; margin:8px 0 2px 0; }
.sub { text-align:center; font-size:8.5pt; margin-bottom:6px; }
table.o { width:100%; table-layout:fixed; }
table.o td { border:1px solid #000; padding:3px 5px; vertical-align:top; }
table.o td.h { background:#000; color:#fff; font-family:'Liberation Sans', sans-serif; font-weight:bold; font-size:9pt; padding:1px 5px; }
.l { font-size:8pt; font-family:'Liberation Sans', sans-serif; display:block; }
ul.dx { margin:2px 0 2px 0; padding-left:18px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
table.fs { width:100%; }
table.fs td { padding:3px 5px; border-bottom:1px dotted #000; vertical-align:top; }
table.fs td.k { width:1.6in; font-weight:bold; }
h2 { font-family:'Liberation Sans', sans-serif; font-size:10.5pt; margin:12px 0 3px 0; border-bottom:1.5px solid #000; }
"""
    hd = f"""<div class="hd"><div><div class="n">HEARTLAND INTERNAL MEDICINE</div>
<div class="a">1965 S Fremont Ave, Suite 2400 &middot; Springfield, MO 65804</div></div>
<div class="a" style="text-align:right">PH {P(f['referring_phone'], 'slash')}<br>FX {P(f['referring_fax'], 'slash')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>THERAPY &amp; DME ORDER</h1>
<div class="sub">Physical therapy evaluation and treatment &middot; Durable medical equipment</div>
<table class="o">
<tr><td class="h" colspan="4">PATIENT</td></tr>
<tr><td colspan="2"><span class="l">Name</span>Hargrove, Wilma June</td><td><span class="l">Birth date</span>{D(f['patient_dob'], 'us')}</td><td><span class="l">Sex</span>Female</td></tr>
<tr><td><span class="l">Phone</span>{P(f['patient_phone'], 'slash')}</td><td><span class="l">MRN</span>{f['patient_mrn']}</td><td colspan="2"><span class="l">Address</span>3340 W Catalpa St, Springfield MO 65807</td></tr>
<tr><td colspan="2"><span class="l">Insurance</span>{f['insurance_payer']} Part B</td><td colspan="2"><span class="l">Medicare ID (MBI)</span>{f['insurance_member_id']}</td></tr>
<tr><td class="h" colspan="4">DIAGNOSES (ICD-10)</td></tr>
<tr><td colspan="4"><ul class="dx">
<li>Type 2 diabetes with neuropathy - E1142</li>
<li>Unsteadiness on feet - R2681</li>
<li>History of falling - Z9181</li></ul></td></tr>
<tr><td class="h" colspan="4">ORDER 1 &mdash; PHYSICAL THERAPY</td></tr>
<tr><td colspan="4"><span class="l">Reason / goals</span>{esc(f['reason'])}</td></tr>
<tr><td><span class="l">Discipline</span>Physical therapy</td><td><span class="l">Frequency</span>2x / week</td><td><span class="l">Duration</span>8 weeks</td><td><span class="l">Therapist</span>&nbsp;</td></tr>
<tr><td colspan="4"><span class="l">Treatment</span>{box(True)}Evaluate &amp; treat &nbsp; {box(True)}Gait training &nbsp; {box(True)}Balance / vestibular &nbsp; {box(True)}Therapeutic exercise &nbsp; {box(False)}Aquatic &nbsp; {box(True)}Home exercise program</td></tr>
<tr><td colspan="4"><span class="l">Precautions</span>Fall risk. Insensate feet &ndash; inspect skin. Check glucose before sessions if symptomatic.</td></tr>
<tr><td class="h" colspan="4">ORDER 2 &mdash; DURABLE MEDICAL EQUIPMENT</td></tr>
<tr><td colspan="2"><span class="l">Item</span>Rolling walker, 2 front wheels (E0143)</td><td><span class="l">Qty</span>1</td><td><span class="l">Length of need</span>99 months</td></tr>
<tr><td colspan="4"><span class="l">Supplier</span>Ozarks Home Medical Supply &middot; {P('4178830455', 'slash')}</td></tr>
<tr><td class="h" colspan="4">ORDERING PHYSICIAN</td></tr>
<tr><td colspan="2"><span class="l">Name</span>Dwight Kallenbach, MD</td><td colspan="2"><span class="l">NPI</span>{f['referring_npi']}</td></tr>
<tr><td><span class="l">Phone</span>{P(f['referring_phone'], 'slash')}</td><td><span class="l">Fax</span>{P(f['referring_fax'], 'slash')}</td><td><span class="l">Order date</span>{D(f['referral_date'], 'us')}</td><td><span class="l">Last face-to-face visit</span>{D('2026-10-28', 'us')}</td></tr>
<tr><td colspan="4" style="height:0.5in"><span class="l">Signature</span><span style="font-family:Z003,cursive;font-size:17pt">Dwight Kallenbach</span></td></tr>
</table>
<div class="ft"><span>HIM-ORD-PT/DME</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>PATIENT FACE SHEET</h1>
<div class="sub">Printed {D('2026-10-30', 'us')} 15:12 by R. Ashby</div>
<h2>Demographics</h2>
<table class="fs">
<tr><td class="k">Patient</td><td>HARGROVE, WILMA JUNE</td></tr>
<tr><td class="k">DOB / age</td><td>{D(f['patient_dob'], 'us')} / 80 y</td></tr>
<tr><td class="k">Account</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="k">Home</td><td>{P(f['patient_phone'], 'slash')}</td></tr>
<tr><td class="k">Cell</td><td>none</td></tr>
</table>
<h2>Contacts</h2>
<table class="fs">
<tr><td class="k">Emergency contact</td><td>Leonard Hargrove (son) &middot; {P('4175932281', 'slash')}</td></tr>
<tr><td class="k">Second contact</td><td>Patricia Vey (neighbor) &middot; {P('4178627704', 'slash')}</td></tr>
<tr><td class="k">Primary care</td><td>Dwight Kallenbach, MD</td></tr>
<tr><td class="k">Endocrinology</td><td>Ruth Anand-Keller, MD &middot; last seen {D('2026-06-12', 'us')}</td></tr>
<tr><td class="k">Podiatry</td><td>Marcus Ebersole, DPM &middot; last seen {D('2026-08-04', 'us')}</td></tr>
</table>
<h2>Coverage</h2>
<table class="fs">
<tr><td class="k">Primary</td><td>{f['insurance_payer']} Part A &amp; B &middot; MBI {f['insurance_member_id']} &middot; eff. {D('2011-03-01', 'us')}</td></tr>
<tr><td class="k">Supplement</td><td>Mutual of Omaha Plan G &middot; policy 884120377A</td></tr>
</table>
<h2>Recent encounters</h2>
<table class="fs">
<tr><td class="k">{D('2026-10-28', 'us')}</td><td>Office visit &ndash; fall follow-up; A1c 7.9%, monofilament absent bilaterally</td></tr>
<tr><td class="k">{D('2026-09-14', 'us')}</td><td>ED visit, Mercy Springfield &ndash; fall at home, wrist sprain, X-ray negative</td></tr>
<tr><td class="k">{D('2026-07-21', 'us')}</td><td>Fall in grocery store parking lot, no injury (patient report)</td></tr>
</table>
<div class="ft"><span>HIM face sheet</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NG10", css, p1 + p2), fields=f, pages=2,
                kind="pt_dme_order_undotted_icd_codes_after_descriptions_no_urgency_no_therapist_plus_face_sheet",
                mode="standard", urgency_printed=False, skew={1: 1.6},
                fax=dict(when="10/30/2026 15:20", name="HEARTLAND IM", number=f["referring_fax"],
                         to="4178830460", fmt="h"))
