"""ND01-ND05 document builders. Each returns dict(html, fields, pages, kind, mode, fax[, landscape, urgency_printed]).

Theme of set Q: referrals sent by practices in smaller towns and by specialists referring on to other
specialists. All people, practices and numbers are fictional; NPIs carry a valid check digit.
"""
from common import npi, P, D, box, page, esc


def ld(label, value, cls="ld"):
    """label, colon and a dotted leader up to the value."""
    return f'<div class="{cls}"><span class="l">{label}:</span><span class="d"></span><span class="v">{value}</span></div>'


# ====================================================================== ND01
def nd01():
    """Dermatologist's letter passing the patient on to a rheumatologist; 'Patient: X  DOB:  MRN:' header line,
    letterhead with Tel/Fax in dotted style, administrative details on page 2, cc to the PCP (distractor)."""
    f = {
        "patient_last_name": "Pruitt",
        "patient_first_name": "Harlan",
        "patient_dob": "1968-03-22",
        "patient_sex": "M",
        "patient_phone": "4027503318",
        "patient_mrn": "PS-20417",
        "insurance_payer": "Medica",
        "insurance_member_id": "88190244301",
        "referring_provider": "Colin Ashworth",
        "referring_npi": npi("138842071"),
        "referring_phone": "4023716620",
        "referring_fax": "4023716628",
        "referred_to_specialty": "rheumatology",
        "referred_to_provider": "Meredith Kolbe",
        "diagnosis_codes": ["L40.0", "L40.50", "M25.541"],
        "reason": "evaluation of possible psoriatic arthritis before we commit to systemic therapy",
        "urgency": "routine",
        "referral_date": "2026-10-14",
    }
    css = """
body { font-family: 'P052', 'Palatino Linotype', serif; font-size: 11pt; line-height: 1.42; }
.lh { text-align:center; border-bottom: 2px solid #000; padding-bottom: 6px; }
.lh .n { font-size: 17pt; letter-spacing: 1px; font-variant: small-caps; }
.lh .s { font-size: 9.5pt; }
.date { margin-top: 16px; }
.to { margin-top: 12px; }
.re { margin: 14px 0 10px 0; font-weight: bold; border-top: 1px solid #000; border-bottom: 1px solid #000; padding: 3px 0; white-space: pre; }
p { margin: 0 0 9px 0; text-align: justify; }
.sig { margin-top: 18px; }
.cc { margin-top: 14px; font-size: 9.5pt; }
.ph { font-size: 9.5pt; border-bottom: 1px solid #000; padding-bottom: 3px; margin-bottom: 12px; white-space: pre; }
table.ad { width: 100%; font-size: 10pt; margin-top: 6px; }
table.ad td { border: 1px solid #000; padding: 3px 6px; vertical-align: top; }
table.ad td.k { width: 1.9in; font-weight: bold; }
h3 { font-size: 11pt; margin: 14px 0 4px 0; font-variant: small-caps; letter-spacing: 0.5px; }
.ft { position:absolute; bottom:0; left:0; right:0; text-align:center; font-size:8.5pt; border-top:1px solid #000; padding-top:2px; }
"""
    hdr = ("Patient: Harlan J. Pruitt    DOB: " + D(f['patient_dob'], 'us') + "    MRN: " + f['patient_mrn'])
    body = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">Prairie Skin &amp; Mohs Surgery</div>
<div class="s">Colin R. Ashworth, MD, FAAD &nbsp;&middot;&nbsp; Board Certified, American Board of Dermatology<br>
412 W Norfolk Ave, Norfolk, Nebraska 68701 &nbsp;&middot;&nbsp; Tel {P(f['referring_phone'], 'dot')} &nbsp;&middot;&nbsp; Fax {P(f['referring_fax'], 'dot')}</div></div>
<div class="date">{D(f['referral_date'], 'long')}</div>
<div class="to">Meredith Kolbe, MD<br>Rheumatology Clinic, Faith Regional Physician Services<br>
2700 W Norfolk Ave, Suite 201<br>Norfolk, NE 68701<br>By fax: {P('4026447391', 'dot')}</div>
<div class="re">{hdr}</div>
<p>Dear Dr. Kolbe,</p>
<p>I saw Mr. Pruitt today in clinic for follow-up of his plaque psoriasis, which he has had since his
early thirties and which we have managed with topical clobetasol and calcipotriene. At his visit on
{D('2026-06-30', 'long')} he mentioned morning stiffness in his right hand, and today he reports that the
stiffness now lasts about an hour and that the index and middle fingers of the right hand have become
swollen. On examination there is dactylitis of the right second and third digits, pitting of several
fingernails with onycholysis, and plaques over both elbows and the scalp (BSA about 6%).</p>
<p>His psoriasis is no longer adequately controlled with topicals and I would like to start systemic
treatment. Before choosing an agent, I would be grateful if you could see him for evaluation of possible
psoriatic arthritis before we commit to systemic therapy. If arthritis is confirmed, a biologic that covers
both skin and joints would obviously be preferable, and I would value your advice on the choice.</p>
<p>This is not urgent, but he is keen to be seen before the winter. His CRP on {D('2026-09-28', 'us')} was
14 mg/L; the report is enclosed along with hand X-rays from {D('2026-10-02', 'us')}.</p>
<p><b>Diagnoses:</b> L40.0 psoriasis vulgaris; L40.50 arthropathic psoriasis, suspected;
M25.541 pain in joints of right hand.</p>
<p>Administrative details (insurance, contact numbers) are on the second page.</p>
<div class="sig">With kind regards,<br><br><br>Colin R. Ashworth, MD, FAAD<br>Dermatology &amp; Mohs Surgery</div>
<div class="cc">cc: Lyle Brandt, MD, Elkhorn Valley Family Practice, Battle Creek, NE (fax {P('4026754410', 'dot')})<br>
Enclosures: CRP report, hand radiograph report, clinic note</div>
<div class="ft">Prairie Skin &amp; Mohs Surgery &middot; Page 1 of 2</div>
</div></div>
<div class="sheet"><div class="inner">
<div class="ph">{hdr}    Page 2</div>
<h3>Current medications</h3>
<p>Clobetasol 0.05% ointment twice daily to plaques (weekdays); calcipotriene 0.005% cream daily; lisinopril
10 mg daily; atorvastatin 20 mg nightly; naproxen 500 mg as needed (about three times a week). No known
drug allergies.</p>
<h3>Past history</h3>
<p>Hypertension; hyperlipidemia; right knee meniscectomy in 2009. Former smoker (quit 2015). Drinks
alcohol socially. Works as a grain elevator manager. Father had &ldquo;arthritis of the hands&rdquo;; no known
family history of psoriasis.</p>
<h3>Administrative details for scheduling</h3>
<table class="ad">
<tr><td class="k">Patient</td><td>Harlan J. Pruitt &nbsp; (Sex: M)</td></tr>
<tr><td class="k">Date of birth</td><td>{D(f['patient_dob'], 'us')}</td></tr>
<tr><td class="k">Our chart number</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="k">Address</td><td>57 Prospect Rd, Pierce, NE 68767</td></tr>
<tr><td class="k">Mobile</td><td>{P(f['patient_phone'], 'dot')}</td></tr>
<tr><td class="k">Insurance</td><td>{f['insurance_payer']} &nbsp;&middot;&nbsp; Member ID {f['insurance_member_id']} &nbsp;&middot;&nbsp; Group 0051-22</td></tr>
<tr><td class="k">Referring physician</td><td>Colin R. Ashworth, MD &nbsp;&middot;&nbsp; NPI {f['referring_npi']}</td></tr>
<tr><td class="k">Office</td><td>Tel {P(f['referring_phone'], 'dot')} &nbsp;&middot;&nbsp; Fax {P(f['referring_fax'], 'dot')}</td></tr>
<tr><td class="k">Primary care</td><td>Lyle Brandt, MD &nbsp;&middot;&nbsp; Tel {P('4026754400', 'dot')}</td></tr>
</table>
<p style="margin-top:14px">Please send your consultation note to this office and to Dr. Brandt.</p>
<div class="ft">Prairie Skin &amp; Mohs Surgery &middot; Page 2 of 2</div>
</div></div>"""
    return dict(html=page("ND01", css, body), fields=f, pages=2, urgency_printed=False,
                kind="consultant_letter_dermatology_to_rheumatology_patient_header_line_admin_table_page2",
                mode="fine",
                fax=dict(when="10/14/2026 16:42", name="PRAIRIE SKIN MOHS", number=f["referring_fax"],
                         to="4026447391", fmt="c"))


# ====================================================================== ND02
def nd02():
    """Small-town family practice form printed in landscape (three panels across), sent upright; child
    patient with a parent block; ordering provider a PA-C; priority checkboxes."""
    f = {
        "patient_last_name": "Kessler",
        "patient_first_name": "Brody",
        "patient_dob": "2019-02-07",
        "patient_sex": "M",
        "patient_phone": "3075482290",
        "patient_mrn": "BH-061193",
        "insurance_payer": "Wyoming Medicaid",
        "insurance_member_id": "1004471829",
        "referring_provider": "Dana Whitford",
        "referring_npi": npi("177301462"),
        "referring_phone": "3075486100",
        "referring_fax": "3075486115",
        "referred_to_specialty": "otolaryngology",
        "referred_to_provider": "Gregory Halvorsen",
        "diagnosis_codes": ["H65.23", "J35.3"],
        "reason": "Recurrent bilateral middle ear effusions with hearing concern, loud snoring with witnessed pauses. "
                  "Please evaluate for tympanostomy tubes and adenotonsillectomy.",
        "urgency": "routine",
        "referral_date": "2026-12-02",
    }
    css = """
@page { size: letter landscape; margin: 0; }
.sheet { width: 11in; height: 8.5in; }
.inner { left: 0.5in; right: 0.5in; top: 0.45in; bottom: 0.4in; }
body { font-family: 'Liberation Sans Narrow', 'Arial Narrow', sans-serif; font-size: 11pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom: 3px double #000; padding-bottom: 4px; }
.hd .n { font-size: 18pt; font-weight: bold; }
.hd .t { font-size: 16pt; font-weight: bold; letter-spacing: 2px; }
.hd .a { font-size: 10pt; text-align:right; }
.cols { display:flex; gap: 0.18in; margin-top: 8px; }
.col { flex:1; border: 1.5px solid #000; }
.col h2 { margin:0; font-size: 11.5pt; background:#000; color:#fff; padding: 2px 6px; letter-spacing: 1px; }
.row { display:flex; border-bottom: 1px solid #000; min-height: 0.3in; }
.row:last-child { border-bottom: none; }
.row .k { width: 1.15in; flex:none; font-size: 9pt; padding: 2px 4px; border-right: 1px solid #000; text-transform: uppercase; }
.row .v { padding: 2px 6px; font-size: 11.5pt; }
.low { display:flex; gap: 0.18in; margin-top: 8px; }
.box { border: 1.5px solid #000; padding: 4px 8px; }
.box .k { font-size: 9pt; text-transform: uppercase; font-weight: bold; }
.pri span { margin-right: 16px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size: 8.5pt; display:flex; justify-content:space-between; }
"""
    rows = lambda items: "".join(f'<div class="row"><div class="k">{k}</div><div class="v">{v}</div></div>' for k, v in items)
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Big Horn Basin Family Practice</div>
<div style="font-size:10pt">161 E Main St &middot; Lovell, WY 82431</div></div>
<div class="t">OUTSIDE REFERRAL</div>
<div class="a">Office {P(f['referring_phone'], 'paren')} &nbsp; Fax {P(f['referring_fax'], 'paren')}<br>Date of referral: {D(f['referral_date'], 'mdyy')}</div></div>
<div class="cols">
<div class="col"><h2>PATIENT</h2>{rows([
    ("Name (last, first)", "Kessler, Brody"),
    ("Birthdate", D(f['patient_dob'], 'mdyy')),
    ("Gender", "M"),
    ("Chart #", f['patient_mrn']),
    ("Address", "1208 Hwy 310, Lovell WY 82431"),
    ("Home phone", P(f['patient_phone'], 'paren')),
    ("Parent/guardian", "Amanda Kessler (mother)"),
    ("Guardian DOB", D('1991-08-30', 'mdyy')),
])}</div>
<div class="col"><h2>INSURANCE</h2>{rows([
    ("Primary ins.", f['insurance_payer']),
    ("Policy #", f['insurance_member_id']),
    ("Policy holder", "Brody Kessler (self)"),
    ("Secondary ins.", "&mdash;"),
    ("Prior auth", "Not required (Medicaid PCMH)"),
    ("Copay", "$0"),
    ("Interpreter", "No"),
    ("Transport", "Family"),
])}</div>
<div class="col"><h2>REFERRED TO</h2>{rows([
    ("Specialty", "Otolaryngology (ENT)"),
    ("Physician", "Gregory Halvorsen, MD"),
    ("Clinic", "Billings Clinic ENT"),
    ("Address", "2800 10th Ave N, Billings MT 59101"),
    ("Phone", P('4062387000', 'paren')),
    ("Fax", P('4062387039', 'paren')),
    ("Appt. date", "&nbsp;"),
    ("Appt. time", "&nbsp;"),
])}</div>
</div>
<div class="low">
<div class="box" style="flex:2.1">
<div class="k">Diagnosis / ICD-10</div>
<div>H65.23 &nbsp; Chronic serous otitis media, bilateral &nbsp;&nbsp;&nbsp; J35.3 &nbsp; Hypertrophy of tonsils with hypertrophy of adenoids</div>
<div class="k" style="margin-top:5px">Reason for referral</div>
<div>{esc(f['reason'])}</div>
<div class="k" style="margin-top:5px">Pertinent history</div>
<div>4 courses of amoxicillin / amox-clav since {D('2026-01-12', 'mdyy')}; failed school hearing screen {D('2026-09-18', 'mdyy')}. Tympanogram flat (type B) both ears today.</div>
</div>
<div class="box" style="flex:1">
<div class="k">Priority</div>
<div class="pri">{box(True)}<span>Routine</span>{box(False)}<span>Urgent</span>{box(False)}<span>Same day</span></div>
<div class="k" style="margin-top:6px">Ordering provider</div>
<div>Dana L. Whitford, PA-C<br>NPI {f['referring_npi']}<br>Supervising: Roy Aamodt, MD</div>
<div class="k" style="margin-top:6px">Signature</div>
<div style="font-family:'Z003',cursive;font-size:15pt">Dana Whitford</div>
</div>
</div>
<div class="ft"><span>BHBFP-REF rev. 03/2024 &middot; Please fax the consult note to {P(f['referring_fax'], 'paren')}</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("ND02", css, body), fields=f, pages=1, landscape=True,
                kind="landscape_family_practice_form_three_panels_child_patient_pa_c_to_ent",
                mode="standard",
                fax=dict(when="12/02/26 11:08", name="BIG HORN BASIN FP", number=f["referring_fax"],
                         to="4062387039", fmt="d"))


# ====================================================================== ND03
def nd03():
    """Typewriter-style internal medicine form where every label carries a colon and dotted leader; codes
    printed without dots; consultant 'first available'; urgent; page 2 platelet trend with dates."""
    f = {
        "patient_last_name": "Vasquez-Lind",
        "patient_first_name": "Theodora",
        "patient_dob": "1959-08-02",
        "patient_sex": "F",
        "patient_phone": "5075324481",
        "patient_mrn": "00731958",
        "insurance_payer": "HealthPartners",
        "insurance_member_id": "HP40022931-01",
        "referring_provider": "Arvid Lindqvist",
        "referring_npi": npi("162200587"),
        "referring_phone": "5075371200",
        "referring_fax": "5075371299",
        "referred_to_specialty": "hematology",
        "diagnosis_codes": ["D69.6", "R23.3"],
        "reason": "Platelets 31,000 and falling over three weeks with new bruising. No heparin exposure. "
                  "Please evaluate for ITP versus marrow process.",
        "urgency": "urgent",
        "referral_date": "2026-11-09",
    }
    css = """
body { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: 10.5pt; line-height: 1.55; }
.hd { text-align:center; }
.hd .n { font-size: 14pt; font-weight:bold; }
h1 { font-size: 13pt; text-align:center; margin: 12px 0 4px 0; text-decoration: underline; }
h2 { font-size: 10.5pt; margin: 12px 0 2px 0; text-transform: uppercase; }
.ld { display:flex; align-items: baseline; }
.ld .l { white-space: nowrap; }
.ld .d { flex: 1; overflow: hidden; white-space: nowrap; margin: 0 9px 0 5px; min-width: 0.3in; }
.ld .d::after { content: "........................................................................................................................"; }
.ld .v { font-weight: bold; flex: 0 1 auto; }
.two { display:flex; gap: 0.3in; } .two > div { flex:1; min-width: 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size: 8.5pt; text-align:center; }
table.lab { width: 100%; margin-top: 6px; }
table.lab td, table.lab th { border: 1px solid #000; padding: 2px 6px; text-align: left; }
"""
    codes = "D696 Thrombocytopenia, unspecified;&nbsp; R233 Spontaneous ecchymoses"
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">CEDAR BLUFF INTERNAL MEDICINE</div>
<div>300 S Fourth St, Marshall, MN 56258</div>
<div>Phone {P(f['referring_phone'], 'dash')} &nbsp; Fax {P(f['referring_fax'], 'dash')}</div></div>
<h1>REQUEST FOR SPECIALTY CONSULTATION</h1>
<h2>Patient</h2>
<div class="two"><div>
{ld('Surname', 'VASQUEZ-LIND')}
{ld('Given name(s)', 'THEODORA M')}
{ld('Birth date', D(f['patient_dob'], 'iso'))}
{ld('Sex', 'F')}
</div><div>
{ld('Clinic no', f['patient_mrn'])}
{ld('Telephone', P(f['patient_phone'], 'dash'))}
{ld('Alt. telephone', '')}
{ld('Next of kin', 'Per Lind (husband)')}
</div></div>
{ld('Address', '2214 Country Club Dr, Marshall MN 56258')}
<h2>Coverage</h2>
<div class="two"><div>
{ld('Carrier', f['insurance_payer'])}
{ld('Member no', f['insurance_member_id'])}
</div><div>
{ld('Group no', '21884')}
{ld('Authorization', 'not required')}
</div></div>
<h2>Consultation requested</h2>
<div class="two"><div>
{ld('Service', 'Hematology')}
{ld('Consultant', 'First available')}
</div><div>
{ld('Location', 'Sioux Falls or Willmar')}
{ld('Priority', 'URGENT (within 7 days)')}
</div></div>
{ld('Diagnosis codes', codes)}
{ld('Question for consultant', esc(f['reason']))}
{ld('Relevant history', 'Started atorvastatin 6 wk ago; hepatitis C negative <span class="nw">'
    + D('2026-10-30', 'iso') + '</span>; no splenomegaly on exam; see page 2 for counts.')}
<h2>Requesting physician</h2>
<div class="two"><div>
{ld('Name', 'Arvid Lindqvist, MD')}
{ld('NPI', f['referring_npi'])}
</div><div>
{ld('Date of request', D(f['referral_date'], 'iso'))}
{ld('Signature', '<span style="font-family:Z003;font-size:14pt;font-weight:normal">A. Lindqvist</span>')}
</div></div>
{ld('Copy of reply to', 'requesting physician, fax ' + P(f['referring_fax'], 'dash'))}
<div class="ft">CBIM form 14 &middot; page 1 of 2</div>
</div></div>
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">CEDAR BLUFF INTERNAL MEDICINE</div></div>
<h1>ATTACHMENT: LABORATORY SUMMARY</h1>
{ld('Patient', 'VASQUEZ-LIND, THEODORA M')}
{ld('Birth date', D(f['patient_dob'], 'iso'))}
<table class="lab">
<tr><th>Collected</th><th>Platelets (x10^3/uL)</th><th>Hgb (g/dL)</th><th>WBC (x10^3/uL)</th><th>MCV (fL)</th></tr>
<tr><td>{D('2026-04-14', 'iso')}</td><td>212</td><td>13.4</td><td>6.8</td><td>91</td></tr>
<tr><td>{D('2026-10-19', 'iso')}</td><td>88</td><td>13.1</td><td>6.2</td><td>92</td></tr>
<tr><td>{D('2026-10-30', 'iso')}</td><td>54</td><td>12.9</td><td>5.9</td><td>92</td></tr>
<tr><td>{D('2026-11-06', 'iso')}</td><td>31</td><td>12.6</td><td>6.1</td><td>93</td></tr>
</table>
<h2>Other results</h2>
{ld('Peripheral smear', 'no clumping; few large platelets')}
{ld('PT / INR', '12.1 s / 1.0')}
{ld('Creatinine', '0.82 mg/dL')}
{ld('ALT / AST', '24 / 21 U/L')}
{ld('HIV, HCV', 'negative')}
<h2>Medications</h2>
{ld('Current', 'atorvastatin 20 mg, levothyroxine 75 mcg, vitamin D3')}
{ld('Stopped', 'aspirin 81 mg on ' + D('2026-11-06', 'iso'))}
<div class="ft">CBIM form 14 &middot; page 2 of 2</div>
</div></div>"""
    return dict(html=page("ND03", css, body), fields=f, pages=2,
                kind="typewriter_form_every_label_colon_dotted_leader_codes_without_dots_internal_medicine_to_hematology",
                mode="standard",
                fax=dict(when="NOV-09-2026 14:27", name="CEDAR BLUFF INT MED", number=f["referring_fax"],
                         to="6053334410", fmt="f"))


# ====================================================================== ND04
def nd04():
    """Bilingual (Spanish / English) community health center referral; two surnames; phone with extension;
    checkbox urgency in both languages; reason in Spanish and English."""
    f = {
        "patient_last_name": "Ramírez Ortega",
        "patient_first_name": "Valentina",
        "patient_dob": "2012-07-11",
        "patient_sex": "F",
        "patient_phone": "5202814406",
        "patient_mrn": "CV-118420",
        "insurance_payer": "Mercy Care",
        "insurance_member_id": "A00391827",
        "referring_provider": "Lucía Benavides",
        "referring_npi": npi("119904336"),
        "referring_phone": "5202814400",
        "referring_fax": "5202814490",
        "referred_to_specialty": "allergy",
        "referred_to_provider": "Howard Ng",
        "diagnosis_codes": ["L50.0", "Z91.010", "J30.2"],
        "reason": "Evaluation of suspected peanut allergy after hives and lip swelling; seasonal rhinitis not "
                  "controlled with cetirizine.",
        "urgency": "routine",
        "referral_date": "2026-11-18",
    }
    css = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9pt; }
.hd { display:flex; justify-content:space-between; align-items:center; border-bottom: 2px solid #000; padding-bottom: 5px; }
.hd .n { font-size: 13pt; font-weight: bold; }
.hd .r { text-align:right; font-size: 8.5pt; }
h1 { font-size: 12.5pt; margin: 8px 0 6px 0; text-align:center; }
h1 small { display:block; font-size: 9.5pt; font-weight: normal; font-style: italic; }
table.g { width:100%; margin-bottom: 7px; }
table.g td { border: 1px solid #000; padding: 2px 5px; vertical-align: top; height: 0.36in; }
table.g td .l { display:block; font-size: 7.3pt; }
table.g td .l i { font-style: italic; }
table.g td .v { display:block; font-size: 10pt; font-weight: bold; }
.sec { background: #ddd; border: 1px solid #000; border-bottom: none; padding: 2px 5px; font-weight: bold; font-size: 9pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size: 7.5pt; border-top: 1px solid #000; padding-top: 2px; display:flex; justify-content:space-between; }
"""

    def c(es, en, v, span=1, w=None):
        st = f' style="width:{w}"' if w else ""
        return f'<td colspan="{span}"{st}><span class="l">{es} / <i>{en}</i></span><span class="v">{v}</span></td>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Clínica del Valle &middot; Valley Community Health Center</div>
<div>1650 N Grand Ave, Nogales, AZ 85621</div></div>
<div class="r">Tel. {P(f['referring_phone'], 'paren_nosp', '12')}<br>Fax {P(f['referring_fax'], 'paren_nosp')}<br>Referencias / Referrals: ext 12</div></div>
<h1>Solicitud de Referencia a Especialista<small>Specialist Referral Request</small></h1>
<div class="sec">Datos del paciente / Patient information</div>
<table class="g"><tr>
{c('Apellidos', 'Last name(s)', 'Ramírez Ortega', 2)}{c('Nombre', 'Name', 'Valentina')}</tr><tr>
{c('Fecha de nacimiento (mm/dd/aaaa)', 'Date of birth', D(f['patient_dob'], 'us'))}{c('Sexo', 'Sex', 'F')}{c('No. de expediente', 'Chart no.', f['patient_mrn'])}</tr><tr>
{c('Teléfono', 'Phone', P(f['patient_phone'], 'paren_nosp'))}{c('Idioma', 'Language', 'Español')}{c('Intérprete', 'Interpreter', 'Sí / Yes')}</tr><tr>
{c('Padre/madre o tutor', 'Parent or guardian', 'Rosa Ortega Salinas (madre / mother)', 2)}{c('Teléfono del tutor', 'Guardian phone', 'el mismo / same')}</tr>
</table>
<div class="sec">Seguro médico / Insurance</div>
<table class="g"><tr>
{c('Aseguradora', 'Health plan', f['insurance_payer'] + ' (AHCCCS)')}{c('Número de miembro', 'Member ID', f['insurance_member_id'])}{c('Autorización', 'Authorization', 'Pendiente / Pending')}</tr>
</table>
<div class="sec">Referencia / Referral</div>
<table class="g"><tr>
{c('Especialidad', 'Specialty', 'Alergia e Inmunología / Allergy &amp; Immunology', 2)}{c('Fecha', 'Date', D(f['referral_date'], 'us'))}</tr><tr>
{c('Especialista', 'Specialist', 'Howard Ng, MD &middot; Tucson Allergy &amp; Asthma')}{c('Teléfono', 'Phone', P('5203267755', 'paren_nosp'))}{c('Fax', 'Fax', P('5203267760', 'paren_nosp'))}</tr><tr>
{c('Diagnóstico (CIE-10)', 'Diagnosis (ICD-10)', 'L50.0 Urticaria alérgica / allergic urticaria<br>Z91.010 Alergia al cacahuate / peanut allergy<br>J30.2 Rinitis alérgica estacional / seasonal allergic rhinitis', 3)}</tr><tr>
{c('Motivo de la referencia', 'Reason for referral',
   'Evaluación de posible alergia al cacahuate después de ronchas e hinchazón del labio; rinitis estacional no controlada con cetirizina.<br>'
   '<span style="font-weight:normal">' + esc(f['reason']) + '</span>', 3)}</tr><tr>
{c('Urgencia', 'Urgency', box(True) + 'Rutina / Routine &nbsp;&nbsp; ' + box(False) + 'Urgente / Urgent', 3)}</tr>
</table>
<div class="sec">Médico que refiere / Referring provider</div>
<table class="g"><tr>
{c('Nombre', 'Name', 'Dra. Lucía Benavides, MD')}{c('NPI', 'NPI', f['referring_npi'])}{c('Firma', 'Signature', '<span style="font-family:Z003;font-weight:normal;font-size:13pt">Lucía Benavides</span>')}</tr><tr>
{c('Teléfono', 'Phone', P(f['referring_phone'], 'paren_nosp', '12'))}{c('Fax', 'Fax', P(f['referring_fax'], 'paren_nosp'))}{c('Médico de cabecera', 'Primary care', 'Dra. Benavides (PCP)')}</tr>
</table>
<div style="font-size:8pt">Epinefrina autoinyectable recetada el {D('2026-10-02', 'us')} / EpiPen Jr prescribed {D('2026-10-02', 'us')}. Última visita / Last visit: {D('2026-11-14', 'us')}.</div>
<div class="ft"><span>CVCHC Form REF-02 bilingüe &middot; rev. 2025</span><span>Página 1 de 1 / Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("ND04", css, body), fields=f, pages=1,
                kind="bilingual_spanish_english_labels_community_health_center_to_allergy_phone_extension",
                mode="fine",
                fax=dict(when="18NOV26 10:03", name="CLINICA DEL VALLE", number=f["referring_fax"],
                         to="5203267760", fmt="g"))


# ====================================================================== ND05
def nd05():
    """Optometrist's same-day referral to a retina ophthalmologist; patient name in a box as 'LAST, FIRST M'
    and in the text as 'First Last'; STAT box; VA/IOP numbers as distractors."""
    f = {
        "patient_last_name": "McAllister",
        "patient_first_name": "Graham",
        "patient_dob": "1964-05-29",
        "patient_sex": "M",
        "patient_phone": "6035692417",
        "patient_mrn": "22871",
        "insurance_payer": "Harvard Pilgrim Health Care",
        "insurance_member_id": "HPH4419027-01",
        "referring_provider": "Wendell Ostrowski",
        "referring_npi": npi("145527790"),
        "referring_phone": "6035698830",
        "referring_fax": "6035698831",
        "referred_to_specialty": "ophthalmology",
        "referred_to_provider": "Sunita Varghese",
        "diagnosis_codes": ["H43.391", "H53.19"],
        "reason": "Sudden onset of flashes and a shower of new floaters in the right eye since last night; "
                  "pigment in the anterior vitreous. Rule out retinal tear or detachment.",
        "urgency": "stat",
        "referral_date": "2026-09-23",
    }
    css = """
body { font-family: 'URW Gothic', 'Century Gothic', sans-serif; font-size: 10.5pt; line-height: 1.35; }
.hd { display:flex; justify-content:space-between; }
.hd .n { font-size: 17pt; font-weight: bold; }
.hd .r { text-align: right; font-size: 9.5pt; }
.banner { margin-top: 10px; border: 3px solid #000; padding: 6px 10px; display:flex; justify-content: space-between; align-items:center; }
.banner .t { font-size: 15pt; font-weight: bold; }
.banner .s { font-size: 13pt; font-weight: bold; border: 2px solid #000; padding: 2px 8px; }
.grid { display:flex; gap: 0.2in; margin-top: 10px; }
.pbox { border: 2px solid #000; padding: 4px 8px; width: 3.3in; }
.pbox .k { font-size: 8pt; }
.pbox .nm { font-size: 15pt; font-weight: bold; letter-spacing: 1px; }
.side { flex: 1; font-size: 10pt; }
.side div { margin-bottom: 2px; }
h3 { font-size: 11pt; margin: 12px 0 3px 0; border-bottom: 1px solid #000; }
table.va { border: 1px solid #000; margin: 4px 0; }
table.va td, table.va th { border: 1px solid #000; padding: 2px 10px; text-align: center; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size: 8.5pt; text-align: center; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Lakes Region Eye Care</div>
<div>Family Optometry &middot; 23 Center St, Wolfeboro, NH 03894</div></div>
<div class="r">Tel {P(f['referring_phone'], 'dash')}<br>Fax {P(f['referring_fax'], 'dash')}<br>{D(f['referral_date'], 'abbr')}</div></div>
<div class="banner"><div class="t">Referral for Ophthalmology Consultation</div>
<div class="s">{box(True)}STAT &nbsp; {box(False)}Urgent &nbsp; {box(False)}Routine</div></div>
<div class="grid">
<div class="pbox"><div class="k">PATIENT (LAST, FIRST MI)</div><div class="nm">MCALLISTER, GRAHAM T</div>
<div class="k" style="margin-top:3px">DATE OF BIRTH &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; SEX &nbsp;&nbsp;&nbsp;&nbsp; PT #</div>
<div style="font-size:12pt;font-weight:bold">{D(f['patient_dob'], 'us_dash')} &nbsp;&nbsp; M &nbsp;&nbsp; {f['patient_mrn']}</div></div>
<div class="side">
<div><b>To:</b> Sunita Varghese, MD &ndash; Retina Consultants of New Hampshire, Concord</div>
<div><b>Their fax:</b> {P('6032257714', 'dash')} &nbsp; <b>Phone:</b> {P('6032257700', 'dash')}</div>
<div><b>Patient cell:</b> {P(f['patient_phone'], 'dash')}</div>
<div><b>Plan:</b> {f['insurance_payer']}</div>
<div><b>Subscriber ID:</b> {f['insurance_member_id']}</div>
</div></div>
<h3>Findings</h3>
<p style="margin:3px 0">Graham McAllister, a 62-year-old man, called this morning and was seen at 9:40 AM. {esc(f['reason'])}
Dilated exam of the right eye shows a posterior vitreous detachment with tobacco dust; the periphery could not be
fully seen because of the vitreous haze. Left eye unremarkable.</p>
<table class="va"><tr><th></th><th>VA sc</th><th>IOP (mmHg)</th><th>Pupils</th></tr>
<tr><td>OD</td><td>20/30</td><td>15</td><td>no APD</td></tr>
<tr><td>OS</td><td>20/20</td><td>16</td><td>&nbsp;</td></tr></table>
<h3>Assessment</h3>
<div>H43.391 &nbsp; Other vitreous opacities, right eye</div>
<div>H53.19 &nbsp; Other subjective visual disturbances (photopsia)</div>
<h3>Request</h3>
<p style="margin:3px 0">Please see Graham today for a scleral-depressed exam. He has been told not to drive himself;
his wife will bring him. Prior cataract surgery OS on {D('2021-03-16', 'us_dash')}; last full exam here {D('2025-11-04', 'us_dash')}.
Spectacle Rx and OCT printout attached.</p>
<h3>Referring optometrist</h3>
<div>Wendell Ostrowski, OD &nbsp;&middot;&nbsp; NPI {f['referring_npi']} &nbsp;&middot;&nbsp; Lakes Region Eye Care</div>
<div>Called Dr. Varghese's triage line at 10:05 AM; spoke with Jen, tech &ndash; patient to arrive by 1:00 PM.</div>
<div style="margin-top:10px;font-family:Z003;font-size:16pt">W. Ostrowski</div>
<div class="ft">Lakes Region Eye Care &middot; confidential patient information &middot; 1/1</div>
</div></div>"""
    return dict(html=page("ND05", css, body), fields=f, pages=1,
                kind="optometrist_to_retina_name_in_box_last_first_and_first_last_in_text_stat_checkbox",
                mode="standard",
                fax=dict(when="SEP 23 2026 10:11AM", name="LAKES REGION EYE", number=f["referring_fax"],
                         to="6032257714", fmt="b"))
