"""NP06-NP10 document builders (see docs_a.py for the theme)."""
from common import npi, P, D, box, page, esc
from docs_a import cbs


# ====================================================================== NP06
def np06():
    """Mohs surgery referral form of a dermatology practice (Asheville): lesion table, anticoagulation and
    transplant checklist, 'Expedited / urgent' checked for an immunosuppressed patient; referring PA-C at a general
    dermatology office; page 2 is the attached pathology report, skewed."""
    f = {
        "patient_last_name": "Rutherford",
        "patient_first_name": "Eldon",
        "patient_dob": "1946-07-08",
        "patient_sex": "M",
        "patient_phone": "8286458873",
        "patient_mrn": "HD-55120",
        "insurance_payer": "Blue Medicare HMO",
        "insurance_member_id": "YPW913384502",
        "referring_provider": "Bethany Greer-Lam",
        "referring_npi": npi("126650347"),
        "referring_phone": "8286974410",
        "referring_fax": "8286974418",
        "referred_to_specialty": "dermatology",
        "referred_to_provider": "Thomas Whitaker",
        "diagnosis_codes": ["C44.311", "Z94.0"],
        "reason": "Biopsy-proven nodular basal cell carcinoma of the left nasal ala, 0.9 cm, in a kidney transplant "
                  "recipient on immunosuppression; requesting Mohs micrographic surgery.",
        "urgency": "urgent",
        "referral_date": "2026-03-09",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', sans-serif; font-size: 9.8pt; }
.band { background:#000; color:#fff; display:flex; justify-content:space-between; align-items:center; padding:6px 10px; }
.band .n { font:bold 15pt 'C059', serif; letter-spacing:0.5px; }
.band .s { font-size:8pt; letter-spacing:2px; }
.band .r { font-size:8pt; text-align:right; line-height:1.4; }
h1 { font-size:13pt; margin:6px 0 1px 0; }
.ins { font-size:8pt; line-height:1.35; margin-bottom:4px; }
.sec { margin-top:9px; border-bottom:2px solid #000; font-weight:bold; font-size:9.5pt; letter-spacing:0.5px; }
table.t { width:100%; table-layout:fixed; margin-top:2px; }
table.t td { padding:4px 3px 2px 3px; vertical-align:bottom; }
table.t td.l { font-size:7.8pt; width:1.05in; text-align:right; padding-right:5px; }
table.t td.v { border-bottom:1px solid #000; font:10.6pt 'Liberation Sans Narrow', 'Nimbus Sans Narrow', sans-serif; }
table.les { width:100%; margin-top:3px; }
table.les th, table.les td { border:1px solid #000; padding:2px 4px; text-align:left; font-size:8.5pt; }
table.les th { background:#d8d8d8; font-size:7.8pt; }
table.les td { font:9.5pt 'Liberation Sans Narrow', sans-serif; height:0.26in; }
.cl { line-height:1.85; margin-top:4px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between;
      border-top:1px solid #000; padding-top:2px; }
.path { font-family:'Nimbus Roman', serif; font-size:10pt; line-height:1.4; }
.path h2 { font-size:11pt; margin:10px 0 2px 0; text-transform:uppercase; border-bottom:1px solid #000; }
"""

    def t(*pairs):
        cells = "".join(f'<td class="l">{l}</td><td class="v" colspan="{w}">{v}</td>' for l, v, w in pairs)
        return f'<table class="t"><tr>{cells}</tr></table>'

    spec_fax = "8282587716"
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="band"><div><div class="n">Blue Ridge Dermatology &amp; Mohs Surgery</div><div class="s">MEDICAL &middot; SURGICAL &middot; MOHS MICROGRAPHIC SURGERY</div></div>
<div class="r">34 Orange St, Asheville NC 28801<br>Phone {P('8282587700', 'dash')}<br>Mohs referrals fax {P(spec_fax, 'dash')}</div></div>
<h1>MOHS SURGERY REFERRAL FORM</h1>
<div class="ins">For biopsy-proven skin cancer only. Fax this form, the <b>pathology report</b> and a photo or body map of the biopsy
site to {P(spec_fax, 'dash')}. Cases without a pathology report cannot be scheduled.</div>
<div class="sec">PATIENT</div>
{t(('Last name', 'Rutherford', 2), ('First name', 'Eldon', 2))}
{t(('Date of birth', D(f['patient_dob'], 'us'), 1), ('Sex', box(True) + 'M ' + box(False) + 'F', 1), ('Phone', P(f['patient_phone'], 'paren'), 1))}
{t(('Referring MRN', f['patient_mrn'], 1), ('Address', '88 Beaverdam Rd, Asheville NC 28804', 3))}
<div class="sec">INSURANCE</div>
{t(('Insurance', f['insurance_payer'], 2), ('Member ID', f['insurance_member_id'], 1))}
<div class="sec">REFERRING CLINICIAN</div>
{t(('Name', 'Bethany Greer-Lam, PA-C', 2), ('NPI', f['referring_npi'], 1))}
{t(('Practice', 'Hendersonville Skin Care, PA', 2), ('Supervising MD', 'Roger Ellison, MD', 1))}
{t(('Phone', P(f['referring_phone'], 'paren'), 1), ('Fax', P(f['referring_fax'], 'paren'), 1), ('Date', D(f['referral_date'], 'us'), 1))}
<div class="sec">REQUEST</div>
<div class="cl">Mohs surgeon: {box(True)}Thomas Whitaker, MD &nbsp; {box(False)}Lauren Pace, MD &nbsp; {box(False)}First available<br>
Priority: {box(False)}Routine (4-8 weeks) &nbsp; {box(True)}Expedited / urgent (SCC, melanoma in situ, rapid growth, immunosuppressed)<br>
Service: {box(True)}Mohs surgery &nbsp; {box(False)}Mohs with reconstruction by plastics &nbsp; {box(False)}Consult only &nbsp; {box(False)}Excision</div>
<div class="sec">LESION(S)</div>
<table class="les">
<tr><th style="width:4%">#</th><th>Anatomic site</th><th style="width:11%">Size</th><th>Diagnosis / subtype</th><th style="width:13%">Biopsy date</th><th style="width:14%">Path accession</th><th style="width:9%">ICD-10</th></tr>
<tr><td>1</td><td>Left nasal ala</td><td>0.9 cm</td><td>Basal cell carcinoma, nodular</td><td>{D('2026-02-24', 'mmddyy')}</td><td>DP26-04418</td><td>C44.311</td></tr>
<tr><td>2</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
</table>
<div class="cl">
Recurrent tumor? <span class="nw">{box(False)}Yes {box(True)}No</span> &nbsp;&nbsp; Photo / body map enclosed? <span class="nw">{box(True)}Yes {box(False)}No</span><br>
Anticoagulants: {cbs(['None', 'Aspirin', 'Clopidogrel', 'Warfarin', 'DOAC'], {'Aspirin'})}<br>
Immunosuppressed: {box(True)}Organ transplant (kidney, 2019; Z94.0) &nbsp; {box(False)}CLL &nbsp; {box(False)}HIV &nbsp; {box(False)}Other<br>
Pacemaker / defibrillator: <span class="nw">{box(False)}Yes {box(True)}No</span> &nbsp;&nbsp; Needs antibiotic prophylaxis (joint / valve): <span class="nw">{box(False)}Yes {box(True)}No</span>
</div>
{t(('Reason for referral', esc(f['reason']), 5))}
<div style="display:flex;gap:0.3in;margin-top:14px;font-size:7.8pt">
<div style="flex:3;border-top:1px solid #000">Referring clinician signature <span style="font:15pt Z003,cursive;margin-left:10px">Bethany Greer-Lam</span></div>
<div style="flex:2;border-top:1px solid #000">Office contact: Lisa &middot; ext. 31</div></div>
<div class="ft"><span>BRDM-MOHS-REF v4 &middot; 2025</span><span>Fax {P(spec_fax, 'dash')} &middot; Phone {P('8282587700', 'dash')}</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner path">
<div style="text-align:center;border-bottom:2px solid #000;padding-bottom:4px">
<b style="font-size:14pt">SMOKY MOUNTAIN DERMATOPATHOLOGY, PLLC</b><br>
<span style="font-size:8.5pt">1 Vanderbilt Park Dr, Suite 12, Asheville NC 28803 &middot; Tel {P('8282531190')} &middot; CLIA 34D2199081</span></div>
<table style="width:100%;margin-top:8px;font-size:9.5pt">
<tr><td><b>Patient:</b> RUTHERFORD, ELDON</td><td><b>Accession:</b> DP26-04418</td></tr>
<tr><td><b>DOB:</b> {D(f['patient_dob'], 'us')} &nbsp; <b>Sex:</b> M</td><td><b>Collected:</b> {D('2026-02-24', 'us')}</td></tr>
<tr><td><b>Submitting:</b> Bethany Greer-Lam, PA-C</td><td><b>Received:</b> {D('2026-02-25', 'us')}</td></tr>
<tr><td><b>Client:</b> Hendersonville Skin Care, PA</td><td><b>Reported:</b> {D('2026-02-27', 'us')}</td></tr>
</table>
<h2>Clinical history</h2>
Pearly papule left nasal ala, 9 mm, present 6 months, enlarging. Renal transplant recipient on tacrolimus and
mycophenolate. Clinical impression: BCC vs SCC.
<h2>Specimen</h2>
A. Skin, left nasal ala, shave biopsy.
<h2>Diagnosis</h2>
<b>A. SKIN, LEFT NASAL ALA, SHAVE BIOPSY: BASAL CELL CARCINOMA, NODULAR TYPE, EXTENDING TO THE DEEP AND PERIPHERAL
MARGINS.</b>
<h2>Microscopic description</h2>
Sections show nests of basaloid cells with peripheral palisading and retraction artifact arising from the epidermis and
extending into the reticular dermis. No perineural invasion is identified. No squamous differentiation is seen. The
tumor is present at the deep and peripheral margins of the specimen.
<h2>Comment</h2>
Given the location on the central face (H-zone) and the immunosuppressed status of the patient, Mohs micrographic
surgery is appropriate by the AAD/ACMS/ASDSA/ASMS appropriate use criteria.
<p style="margin-top:18px">Electronically signed: Naomi Feld, MD, Dermatopathologist &middot; {D('2026-02-27', 'long')}</p>
<div class="ft"><span>Smoky Mountain Dermatopathology &middot; DP26-04418</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NP06", css, p1 + p2), fields=f, pages=2,
                kind="mohs_dermatology_referral_black_band_header_lesion_table_pa_c_plus_pathology_report",
                mode="standard", skew={2: 0.7},
                fax=dict(when="03/09/2026 13:05", name="HVILLE SKIN CARE", number=f["referring_fax"],
                         to=spec_fax, fmt="f"))


# ====================================================================== NP07
def np07():
    """Heart-failure clinic referral form of a cardiology group (Richmond): clinic physician roster in the header
    (distractor names), requested physician chosen by checkbox, EF/NYHA/NT-proBNP and GDMT checklist, hospital
    discharge date, 'Urgent - post-discharge' checked; page 2 is the attached echo report (skewed)."""
    f = {
        "patient_last_name": "Baptiste",
        "patient_first_name": "Lionel",
        "patient_dob": "1962-03-29",
        "patient_sex": "M",
        "patient_phone": "8043157724",
        "patient_mrn": "E1047728",
        "insurance_payer": "Anthem HealthKeepers Plus",
        "insurance_member_id": "YRK448210937",
        "referring_provider": "Nadia Petrosyan",
        "referring_npi": npi("186203574"),
        "referring_phone": "8047482650",
        "referring_fax": "8047482677",
        "referred_to_specialty": "cardiology",
        "referred_to_provider": "Marcus Bellamy",
        "diagnosis_codes": ["I50.22", "I42.0"],
        "reason": "New heart failure with reduced ejection fraction, EF 25%, after hospital admission; needs GDMT "
                  "titration and evaluation for ICD in the heart failure clinic.",
        "urgency": "urgent",
        "referral_date": "2026-03-13",
    }
    css = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; }
.hd { display:flex; align-items:stretch; border:2px solid #000; }
.hd .lg { width:0.8in; background:#000; color:#fff; display:flex; align-items:center; justify-content:center; font-size:30pt; }
.hd .m { padding:4px 8px; flex:1; }
.hd .n { font:bold 14pt 'DejaVu Sans', sans-serif; }
.hd .s { font-size:7.5pt; }
.hd .r { padding:4px 8px; font-size:7.2pt; line-height:1.35; border-left:1px solid #000; }
.tl { display:flex; justify-content:space-between; align-items:baseline; margin:6px 0 3px 0; }
.tl b { font-size:12.5pt; }
.note { font-size:7.5pt; border:1px dashed #000; padding:3px 5px; line-height:1.35; }
.bar { background:#bdbdbd; border-top:1.5px solid #000; font-weight:bold; font-size:8.5pt; padding:1px 5px; margin-top:6px; }
table.f { width:100%; table-layout:fixed; }
table.f td { padding:3px 3px 1px 3px; vertical-align:bottom; border-bottom:0.8px solid #000; }
table.f td b { font-weight:normal; font-size:6.8pt; display:block; color:#000; }
.v { font:9.5pt 'Liberation Mono', monospace; }
.cl { line-height:1.6; padding:2px 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:6.8pt; display:flex; justify-content:space-between; }
.echo { font-family:'Liberation Sans', sans-serif; font-size:9.3pt; line-height:1.35; }
.echo table.m { width:100%; border:1px solid #000; margin-top:4px; }
.echo table.m td { padding:1px 5px; }
.echo h3 { font-size:10pt; margin:9px 0 2px 0; }
"""

    def row(*cells):
        return "<tr>" + "".join(f'<td colspan="{w}"><b>{l}</b><span class="v">{v}</span></td>' for l, v, w in cells) + "</tr>"

    spec_fax = "8042891406"
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="lg">&#9829;</div>
<div class="m"><div class="n">James River Cardiology</div><div class="s">ADVANCED HEART FAILURE CLINIC<br>7605 Forest Ave, Suite 301, Richmond, VA 23229<br>
Clinic {P('8042891400', 'paren')} &middot; HF nurse line {P('8042891425', 'paren')} &middot; Fax {P(spec_fax, 'paren')}</div></div>
<div class="r"><b>HF Clinic physicians</b><br>Olivia Huang, MD, FACC (Director)<br>Marcus Bellamy, MD<br>Sanjay Iyer, MD<br>Deborah Kline, ACNP-BC</div></div>
<div class="tl"><b>HEART FAILURE CLINIC REFERRAL</b><span>Fax to {P(spec_fax, 'paren')} &middot; form JRC-HF-3</span></div>
<div class="note">Please include: discharge summary (if recent admission), most recent echocardiogram, BMP and NT-proBNP, medication list,
and last office note. Post-discharge patients are seen within 7-14 days when marked urgent. For cardiogenic shock, LVAD or transplant
emergencies call the on-call cardiologist through the hospital operator; do not fax.</div>
<div class="bar">PATIENT</div>
<table class="f">
{row(('Last name', 'Baptiste', 2), ('First name', 'Lionel', 2), ('Date of birth', D(f['patient_dob'], 'us'), 1), ('Sex', 'Male', 1))}
{row(('Phone', P(f['patient_phone'], 'dash'), 2), ('MRN', f['patient_mrn'], 2), ('Caregiver / phone', 'Yvette Baptiste ' + P('8043157790', 'dash'), 2))}
</table>
<div class="bar">INSURANCE</div>
<table class="f">
{row(('Primary plan', f['insurance_payer'], 3), ('Member ID', f['insurance_member_id'], 2), ('Prior auth #', 'N/A', 1))}
</table>
<div class="bar">REFERRING PROVIDER</div>
<table class="f">
{row(('Name', 'Nadia Petrosyan, MD', 2), ('NPI', f['referring_npi'], 2), ('Practice', 'Chesterfield Primary Care', 2))}
{row(('Phone', P(f['referring_phone'], 'dash'), 2), ('Fax', P(f['referring_fax'], 'dash'), 2), ('Referral date', D(f['referral_date'], 'us'), 2))}
</table>
<div class="bar">REQUEST</div>
<div class="cl">Requested physician: {box(False)}Dr. Olivia Huang &nbsp; {box(True)}Dr. Marcus Bellamy &nbsp; {box(False)}Dr. Sanjay Iyer &nbsp; {box(False)}First available<br>
Urgency: {box(False)}Routine (3-4 weeks) &nbsp; {box(True)}Urgent &mdash; post-discharge (7-14 days) &nbsp; {box(False)}Second opinion<br>
Services: {cbs(['HF clinic consult', 'GDMT titration', 'ICD / CRT evaluation', 'Cardiac rehab', 'Advanced therapies (LVAD / transplant)'], {'HF clinic consult', 'GDMT titration', 'ICD / CRT evaluation'})}</div>
<table class="f">
{row(('Diagnosis (ICD-10)', 'I50.22 Chronic systolic (congestive) heart failure; I42.0 Dilated cardiomyopathy', 6))}
{row(('Reason for referral', esc(f['reason']), 6))}
</table>
<div class="bar">HEART FAILURE CHECKLIST</div>
<div class="cl">
Recent hospitalization: {box(True)}Yes &mdash; St. Brendan Medical Center, discharged {D('2026-03-06', 'us')} &nbsp; {box(False)}No<br>
Most recent LVEF: <span class="v">25 %</span> &nbsp; echo date <span class="v">{D('2026-03-03', 'us')}</span> &nbsp;&nbsp; NYHA class: {cbs(['I', 'II', 'III', 'IV'], {'III'})}<br>
NT-proBNP: <span class="v">4,120 pg/mL</span> &nbsp; Creatinine: <span class="v">1.3</span> &nbsp; K: <span class="v">4.4</span> &nbsp; Ischemic evaluation: {box(True)}Cath &mdash; no obstructive CAD {box(False)}Not done<br>
Current GDMT: {cbs(['Beta-blocker', 'ARNI / ACE-I / ARB', 'MRA', 'SGLT2 inhibitor', 'Loop diuretic'], {'Beta-blocker', 'ARNI / ACE-I / ARB', 'Loop diuretic'})}<br>
Device: {box(True)}None {box(False)}ICD {box(False)}CRT-D {box(False)}Pacemaker &nbsp;&nbsp; Atrial fibrillation: <span class="nw">{box(False)}Yes {box(True)}No</span>
</div>
<div style="display:flex;gap:0.3in;margin-top:12px;font-size:7.5pt">
<div style="flex:3;border-top:1px solid #000">Referring provider signature <span style="font:15pt Z003,cursive;margin-left:12px">N. Petrosyan</span></div>
<div style="flex:2;border-top:1px solid #000">Date <span class="v" style="margin-left:10px">{D(f['referral_date'], 'us')}</span></div></div>
<div class="ft"><span>James River Cardiology &middot; Advanced Heart Failure Clinic</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner echo">
<div style="display:flex;justify-content:space-between;border-bottom:2px solid #000;padding-bottom:3px">
<div><b style="font-size:13pt">ST. BRENDAN MEDICAL CENTER</b><br>Non-Invasive Cardiology &middot; Echocardiography Laboratory</div>
<div style="text-align:right;font-size:8.5pt">5801 Bremo Rd, Richmond VA 23226<br>Echo lab {P('8042817300', 'dash')}</div></div>
<h3 style="text-align:center;font-size:12pt">TRANSTHORACIC ECHOCARDIOGRAM REPORT</h3>
<table class="m">
<tr><td>Patient: BAPTISTE, LIONEL</td><td>MRN: E1047728</td><td>DOB: {D(f['patient_dob'], 'us')}</td></tr>
<tr><td>Study date: {D('2026-03-03', 'us')}</td><td>Location: 4 West, inpatient</td><td>Ht 70 in / Wt 212 lb</td></tr>
<tr><td>Ordering: Kwame Asante, MD (hospitalist)</td><td>Sonographer: RDCS J. Pham</td><td>Rhythm: sinus, HR 96</td></tr>
</table>
<h3>Measurements</h3>
<table class="m">
<tr><td>LVEDD 6.6 cm</td><td>LVESD 5.8 cm</td><td>IVS 0.9 cm</td><td>PW 0.9 cm</td></tr>
<tr><td>LVEF (biplane) 25 %</td><td>LA volume index 44 mL/m2</td><td>TAPSE 1.6 cm</td><td>RVSP 42 mmHg</td></tr>
<tr><td>E/A 2.3</td><td>E/e' 17</td><td>IVC 2.3 cm, &lt;50% collapse</td><td>AV peak 1.2 m/s</td></tr>
</table>
<h3>Findings</h3>
Left ventricle: severely dilated with severe global hypokinesis; no regional wall-motion pattern to suggest a coronary
distribution. No LV thrombus. Grade III diastolic dysfunction.<br>
Right ventricle: mildly dilated, mildly reduced systolic function.<br>
Atria: left atrium moderately dilated; right atrium normal.<br>
Valves: moderate functional mitral regurgitation; mild tricuspid regurgitation; aortic valve trileaflet, no stenosis.<br>
Pericardium: trace effusion.
<h3>Conclusions</h3>
1. Dilated cardiomyopathy with severely reduced LV systolic function, LVEF approximately 25%.<br>
2. Moderate functional mitral regurgitation.<br>
3. Elevated filling pressures; estimated RVSP 42 mmHg.<br>
4. No prior study for comparison.
<p style="margin-top:14px">Interpreted and electronically signed by Helena Szabo, MD, FASE on {D('2026-03-03', 'us')} 16:42</p>
<div class="ft"><span>St. Brendan Medical Center &middot; Echo report &middot; E1047728</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NP07", css, p1 + p2), fields=f, pages=2,
                kind="cardiology_heart_failure_clinic_referral_physician_roster_checkbox_provider_plus_echo_report",
                mode="fine", skew={2: -0.9},
                fax=dict(when="03/13/2026 16:20", name="CHESTERFIELD PRIMARY CARE", number=f["referring_fax"],
                         to=spec_fax, fmt="h"))


# ====================================================================== NP08
def np08():
    """Pediatric neurology new-patient referral (Denver): patient is a child, parent/guardian section with its
    own phones as distractors, urgency triage boxes (Urgent), no preferred neurologist, no MRN; Medicaid member
    ID; page 2 is the practice's own seizure/spell questionnaire filled by the referring office."""
    f = {
        "patient_last_name": "Esquivel",
        "patient_first_name": "Mateo",
        "patient_dob": "2017-08-14",
        "patient_sex": "M",
        "patient_phone": "7208164432",
        "insurance_payer": "Health First Colorado",
        "insurance_member_id": "K482917",
        "referring_provider": "Hannah Ostrowski",
        "referring_npi": npi("145570921"),
        "referring_phone": "3033604470",
        "referring_fax": "3033604479",
        "referred_to_specialty": "neurology",
        "diagnosis_codes": ["R56.9", "F80.9"],
        "reason": "Two unprovoked generalized seizures in 6 weeks, the second lasting 4 minutes, with a normal exam "
                  "between events; please evaluate and arrange EEG.",
        "urgency": "urgent",
        "referral_date": "2026-03-05",
    }
    css = """
body { font-family: 'Liberation Sans Narrow', 'Nimbus Sans Narrow', sans-serif; font-size: 10.6pt; }
.hd { display:flex; align-items:center; gap:10px; }
.lg { font:bold 24pt 'URW Gothic', sans-serif; border:3px solid #000; border-radius:14px; padding:0 8px; letter-spacing:-1px; }
.hd .n { font:bold 15pt 'URW Gothic', sans-serif; line-height:1.1; }
.hd .s { font-size:8.5pt; }
.hd .r { margin-left:auto; text-align:right; font-size:8.5pt; line-height:1.35; }
.t { background:#000; color:#fff; text-align:center; font:bold 12.5pt 'URW Gothic', sans-serif; padding:3px; margin:6px 0 3px 0; letter-spacing:1px; }
.ins { font-size:8.5pt; line-height:1.3; }
.sec { font-weight:bold; font-size:10.5pt; border-bottom:1.5px solid #000; margin:10px 0 2px 0; }
.ln { display:flex; gap:10px; margin:7px 0; }
.ln > span { display:flex; align-items:baseline; }
.ln i { font-style:normal; font-size:8.5pt; white-space:nowrap; margin-right:4px; }
.ln u { flex:1; text-decoration:none; border-bottom:1px solid #000; padding-left:3px; min-height:1.2em; font:10pt 'Liberation Mono', monospace; }
.tri { border:1.5px solid #000; padding:3px 6px; margin-top:4px; line-height:1.6; }
.cl { line-height:1.8; margin-top:4px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
table.q { width:100%; border-collapse:collapse; margin-top:3px; }
table.q td, table.q th { border:1px solid #000; padding:2px 4px; vertical-align:top; font-size:9pt; text-align:left; }
table.q th { background:#d0d0d0; }
.m { font:9.5pt 'Liberation Mono', monospace; }
"""

    def ln(*items):
        return '<div class="ln">' + "".join(f'<span style="flex:{w}"><i>{l}</i><u>{v}</u></span>' for l, v, w in items) + "</div>"

    spec_fax = "7205519263"
    head = f"""<div class="hd"><div class="lg">CNA</div><div><div class="n">Children's Neurology Associates<br>of the Rockies</div>
<div class="s">Pediatric Neurology &middot; Epilepsy &middot; Headache &middot; Neurodevelopment</div></div>
<div class="r">950 E Harvard Ave, Suite 230, Denver, CO 80210<br>Appointments {P('7205519200', 'dash')}<br>Referral fax {P(spec_fax, 'dash')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{head}
<div class="t">NEW PATIENT REFERRAL &mdash; PEDIATRIC NEUROLOGY</div>
<div class="ins">Fax pages 1 and 2 with the last well-child or sick visit note, growth chart, and any EEG, MRI/CT or lab results to
<b>{P(spec_fax, 'dash')}</b>. For status epilepticus, new focal deficit or concern for raised intracranial pressure, send the child
to the nearest emergency department &mdash; do not fax.</div>
<div class="sec">Patient</div>
{ln(('Last name', 'ESQUIVEL', 3), ('First name', 'MATEO', 3), ('Date of birth', D(f['patient_dob'], 'us'), 2))}
{ln(('Sex', box(True) + 'Male ' + box(False) + 'Female', 2), ('Home phone', P(f['patient_phone'], 'dash'), 3), ('Primary language', 'SPANISH / ENGLISH', 3))}
{ln(('Address', '15402 E 2ND PL, AURORA CO 80011', 1))}
<div class="sec">Parent / legal guardian</div>
{ln(('Name', 'LUCIA ESQUIVEL', 3), ('Relationship', 'MOTHER', 2), ('Cell', P('7203398015', 'dash'), 3))}
{ln(('Second contact', 'JORGE ESQUIVEL (FATHER)', 4), ('Cell', P('7203398022', 'dash'), 3), ('Interpreter', 'NO', 2))}
<div class="sec">Insurance</div>
{ln(('Plan', 'HEALTH FIRST COLORADO', 3), ('Member ID', f['insurance_member_id'], 2), ('RAE / region', 'REGION 3', 2))}
<div class="sec">Referring provider</div>
{ln(('Name', 'HANNAH OSTROWSKI, MD', 3), ('NPI', f['referring_npi'], 2))}
{ln(('Practice', 'AURORA KIDS PEDIATRICS', 3), ('Phone', P(f['referring_phone'], 'dash'), 2), ('Fax', P(f['referring_fax'], 'dash'), 2))}
<div class="sec">Referral</div>
{ln(('Date of referral', D(f['referral_date'], 'us'), 2), ('Neurologist preference', 'NONE', 3))}
<div class="tri"><b>Triage:</b> {box(False)}Routine (next available, 6-10 weeks) &nbsp; {box(True)}Urgent (within 2 weeks &mdash; our nurse will call the family)<br>
Concern: {cbs(['Seizure / spells', 'Headache', 'Developmental delay / regression', 'Tics', 'Weakness / gait', 'Concussion', 'Other'], {'Seizure / spells'})}</div>
{ln(('ICD-10', 'R56.9, F80.9', 1))}
{ln(('Reason for referral', esc(f['reason'].upper()), 1))}
<div class="cl">Tests done: {cbs(['EEG', 'MRI brain', 'CT head', 'Labs', 'Genetic testing'], {'CT head', 'Labs'})} &nbsp; (results enclosed)<br>
Seizure rescue medication prescribed: {box(True)}Yes &mdash; intranasal midazolam {box(False)}No</div>
<div style="display:flex;gap:0.3in;margin-top:10px;font-size:8pt"><div style="flex:3;border-top:1px solid #000">Referring provider signature <span style="font:14pt Z003,cursive;margin-left:10px">H Ostrowski</span></div><div style="flex:2;border-top:1px solid #000">Completed by: Alicia R., referral coordinator</div></div>
<div class="ft"><span>CNA-REF-1 (11/2025)</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{head}
<div class="t">SEIZURE / SPELL QUESTIONNAIRE</div>
<div class="ins">Completed by the referring office with the family. Patient: <b class="m">ESQUIVEL, MATEO</b> &nbsp; DOB <b class="m">{D(f['patient_dob'], 'us')}</b></div>
<table class="q">
<tr><th style="width:34%">Question</th><th>Answer</th></tr>
<tr><td>Date of first event</td><td class="m">{D('2026-01-22', 'us')}</td></tr>
<tr><td>Date of most recent event</td><td class="m">{D('2026-03-03', 'us')}</td></tr>
<tr><td>Number of events so far</td><td class="m">2</td></tr>
<tr><td>Describe the event (what was seen)</td><td class="m">BOTH ARISING FROM SLEEP IN EARLY MORNING. STIFFENING THEN RHYTHMIC JERKING OF ALL 4 LIMBS, EYES ROLLED UP, LIPS BLUE. 2ND EVENT LASTED ~4 MIN, EMS CALLED.</td></tr>
<tr><td>Warning before? Focal start?</td><td class="m">MOTHER HEARD GURGLING; NO CLEAR FOCAL START</td></tr>
<tr><td>After the event</td><td class="m">SLEEPY AND CONFUSED ~45 MIN, BACK TO BASELINE BY NOON</td></tr>
<tr><td>Fever / illness / head injury</td><td class="m">NO FEVER. NO HEAD INJURY.</td></tr>
<tr><td>ED visit / imaging / labs</td><td class="m">CHILDREN'S ED {D('2026-03-03', 'us')}: CT HEAD NORMAL, BMP AND GLUCOSE NORMAL</td></tr>
<tr><td>Staring spells / daytime events</td><td class="m">TEACHER REPORTS BRIEF ZONING OUT, UNCLEAR</td></tr>
<tr><td>Development / school</td><td class="m">SPEECH THERAPY AGE 3-5 (F80.9). 2ND GRADE, IEP FOR READING</td></tr>
<tr><td>Family history of seizures</td><td class="m">MATERNAL UNCLE WITH EPILEPSY</td></tr>
<tr><td>Current medications</td><td class="m">NONE DAILY. MIDAZOLAM NASAL 5 MG PRN SEIZURE &gt; 5 MIN</td></tr>
<tr><td>Allergies</td><td class="m">NKDA</td></tr>
<tr><td>Video of an event available?</td><td class="m">{box(True)}YES (FAMILY WILL BRING) {box(False)}NO</td></tr>
</table>
<p style="font-size:8.5pt;margin-top:8px">Seizure safety: families are given our seizure first-aid sheet at the first visit. Water safety and driving
restrictions are reviewed by the neurologist.</p>
<div class="ft"><span>CNA-REF-1 (11/2025)</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NP08", css, p1 + p2), fields=f, pages=2,
                kind="pediatric_neurology_referral_guardian_phones_triage_urgent_no_mrn_plus_seizure_questionnaire",
                mode="standard", dropouts={1: 2},
                fax=dict(when="03/05/2026 12:02", name="AURORA KIDS PEDS", number=f["referring_fax"],
                         to=spec_fax, fmt="b"))


# ====================================================================== NP09
def np09():
    """Spine center's referral form (Grand Rapids; orthopaedic spine surgery and physiatry): two-column boxed
    form in URW Bookman with typed values in Liberation Sans, conservative-care and red-flag checklists, service
    grid, referring PA-C with a supervising physician; page 1 skewed; page 2 the lumbar MRI report."""
    f = {
        "patient_last_name": "VanderMolen",
        "patient_first_name": "Craig",
        "patient_dob": "1975-01-19",
        "patient_sex": "M",
        "patient_phone": "6163027785",
        "patient_mrn": "KUF-310558",
        "insurance_payer": "Priority Health",
        "insurance_member_id": "PH9912047731",
        "referring_provider": "Jared Holtrop",
        "referring_npi": npi("119384206"),
        "referring_phone": "6164553380",
        "referring_fax": "6164553391",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Kevin Strand",
        "diagnosis_codes": ["M51.16", "M54.16"],
        "reason": "Left L5 radiculopathy for 10 weeks from an L4-5 disc extrusion on MRI, persistent despite 6 weeks "
                  "of physical therapy and oral steroids; surgical opinion requested.",
        "urgency": "routine",
        "referral_date": "2026-02-20",
    }
    css = """
body { font-family: 'URW Bookman', 'Liberation Serif', serif; font-size: 9.2pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid #000; padding-bottom:4px; }
.hd .n { font-size:17pt; font-weight:bold; letter-spacing:0.5px; }
.hd .n span { display:inline-block; width:0.28in; height:0.28in; background:#000; margin-right:6px; vertical-align:-3px;
              clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%); }
.hd .s { font-size:8pt; }
.hd .r { font-size:7.8pt; text-align:right; line-height:1.35; }
h1 { font-size:12pt; margin:5px 0 2px 0; }
.ins { font-size:7.8pt; margin-bottom:4px; line-height:1.3; }
.cols { display:flex; gap:8px; }
.cols > div { flex:1; }
.bx { border:1.2px solid #000; margin-bottom:6px; }
.bx h3 { margin:0; background:#ececec; font-size:9pt; padding:1px 5px; border-bottom:1px solid #000; }
.bx .b { padding:3px 5px 5px 5px; line-height:1.8; }
.f { display:flex; align-items:baseline; }
.f i { font-style:normal; font-size:7.5pt; margin-right:3px; white-space:nowrap; }
.f u { flex:1; text-decoration:none; border-bottom:0.7px solid #000; padding-left:3px; min-height:1.15em;
       font:9.8pt 'Liberation Sans', sans-serif; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
.mri { font-family:'Liberation Serif', serif; font-size:10.3pt; line-height:1.42; }
.mri h3 { font-size:10.3pt; margin:10px 0 1px 0; }
"""

    def fl(label, value, flex=None):
        st = f' style="flex:{flex}"' if flex else ""
        return f'<div class="f"{st}><i>{label}</i><u>{value}</u></div>'

    def pair(a, b):
        return f'<div style="display:flex;gap:6px">{a}{b}</div>'

    spec_fax = "6162420877"
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n"><span></span>Great Lakes Spine Center</div>
<div class="s">Orthopaedic Spine Surgery &middot; Physical Medicine &amp; Rehabilitation &middot; Interventional Spine</div></div>
<div class="r">4100 Lake Dr SE, Suite 200<br>Grand Rapids, MI 49546<br>T {P('6162420800', 'dot')} &nbsp; F {P(spec_fax, 'dot')}</div></div>
<h1>SPINE REFERRAL FORM</h1>
<div class="ins">Referrals are triaged by our spine nurse navigator to the right clinician (surgeon, physiatrist or injection clinic).
Fax this form with the MRI report (images on disc or PACS link), the last office note and PT notes to <b>{P(spec_fax, 'dot')}</b>.
Cauda equina symptoms or progressive weakness: send to the ED.</div>
<div class="cols"><div>
<div class="bx"><h3>Patient</h3><div class="b">
{fl('Last name', 'VanderMolen')}{fl('First name', 'Craig')}
{pair(fl('DOB', D(f['patient_dob'], 'us'), 3), fl('Sex', 'M', 1))}
{fl('Phone', P(f['patient_phone'], 'paren'))}{fl('Work phone', P('6169578100', 'paren') + ' x2214')}
{fl('Referring office MRN', f['patient_mrn'])}
{fl('Occupation', 'Warehouse supervisor')}{fl('Work comp / auto / litigation', 'No')}
</div></div>
<div class="bx"><h3>Insurance</h3><div class="b">
{fl('Plan', f['insurance_payer'])}{fl('Member ID', f['insurance_member_id'])}{fl('Group', '80017-2')}{fl('Referral / auth #', 'PH-RF-2602-5519')}
</div></div>
<div class="bx"><h3>Referring clinician</h3><div class="b">
{fl('Name', 'Jared Holtrop, PA-C')}{fl('NPI', f['referring_npi'])}
{fl('Supervising physician', 'Ann Veldkamp, MD')}
{fl('Practice', 'Kentwood Urgent &amp; Family Care')}
{pair(fl('Phone', P(f['referring_phone'], 'dash'), 1), fl('Fax', P(f['referring_fax'], 'dash'), 1))}
</div></div>
</div><div>
<div class="bx"><h3>Service requested</h3><div class="b">
{box(True)}Spine surgery consultation<br>{box(False)}Non-operative spine (PM&amp;R)<br>{box(False)}Injection only: ESI / facet / SI<br>
{box(False)}EMG / nerve conduction<br>
{fl('Provider requested', 'Kevin Strand, MD')}
Priority: {box(True)}Routine &nbsp; {box(False)}Urgent (progressive deficit)
</div></div>
<div class="bx"><h3>Conservative care to date</h3><div class="b">
Physical therapy: {box(True)}Yes, <u class="f" style="display:inline;text-decoration:none;font-family:'Liberation Sans'">6</u> weeks {box(False)}No<br>
Medications: {cbs(['NSAID', 'Oral steroid', 'Gabapentinoid', 'Opioid'], {'NSAID', 'Oral steroid', 'Gabapentinoid'})}<br>
Prior injection: <span class="nw">{box(False)}Yes {box(True)}No</span> &nbsp; Prior spine surgery: <span class="nw">{box(False)}Yes {box(True)}No</span><br>
Chiropractic: <span class="nw">{box(True)}Yes {box(False)}No</span>
</div></div>
<div class="bx"><h3>Imaging</h3><div class="b">
{box(True)}MRI lumbar &nbsp; date <span style="font-family:'Liberation Sans'">{D('2026-02-12', 'us')}</span><br>
{box(True)}X-ray &nbsp; {box(False)}CT &nbsp; {box(False)}None yet &nbsp; Facility: Lakeshore Imaging
</div></div>
<div class="bx"><h3>Red flags (check if present)</h3><div class="b">
{box(False)}Bowel / bladder change &nbsp; {box(False)}Saddle anesthesia<br>{box(False)}Progressive weakness &nbsp; {box(False)}Fever / cancer history<br>
Foot dorsiflexion strength: <span style="font-family:'Liberation Sans'">4+/5 L, 5/5 R</span>
</div></div>
</div></div>
<div class="bx"><h3>Diagnosis and reason</h3><div class="b">
{fl('ICD-10', 'M51.16 Intervertebral disc disorders w/ radiculopathy, lumbar; M54.16 Radiculopathy, lumbar region')}
{fl('Reason for referral', esc(f['reason']))}
</div></div>
<div style="display:flex;gap:0.3in;margin-top:10px">
{fl('Signature', '<span style="font:14pt Z003,cursive">Jared Holtrop PA-C</span>', 3)}{fl('Date', D(f['referral_date'], 'us'), 2)}</div>
<div class="ft"><span>GLSC Spine Referral &middot; 2025 edition</span><span>Nurse navigator {P('6162420815', 'dot')}</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner mri">
<div style="text-align:center"><b style="font-size:14pt">LAKESHORE IMAGING &mdash; GRAND RAPIDS</b><br>
<span style="font-size:9pt">2750 East Beltline Ave NE, Grand Rapids MI 49525 &middot; {P('6163618800', 'dash')}</span></div>
<hr>
<table style="width:100%;font-size:10pt">
<tr><td>NAME: VANDERMOLEN, CRAIG</td><td>DOB: {D(f['patient_dob'], 'us')}</td></tr>
<tr><td>EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST</td><td>DATE OF SERVICE: {D('2026-02-12', 'us')}</td></tr>
<tr><td>REFERRING: JARED HOLTROP, PA-C</td><td>ACCESSION: LI-7730194</td></tr>
</table>
<h3>CLINICAL INDICATION</h3>
Low back pain radiating down the left leg for 8 weeks, numbness dorsum of left foot, failed conservative therapy.
<h3>TECHNIQUE</h3>
Multiplanar, multisequence MRI of the lumbar spine was performed without intravenous contrast.
<h3>COMPARISON</h3>
Lumbar radiographs {D('2026-01-06', 'us')}.
<h3>FINDINGS</h3>
Alignment is normal. Vertebral body heights are maintained. Marrow signal is unremarkable. The conus terminates at L1.<br>
L1-2 through L3-4: no significant disc bulge, canal or foraminal stenosis.<br>
L4-5: disc desiccation with a left paracentral extrusion measuring 9 mm, extending 6 mm caudally, compressing the
traversing left L5 nerve root in the lateral recess. Mild facet arthropathy. Mild left foraminal narrowing. No central canal stenosis.<br>
L5-S1: mild disc bulge without nerve root contact. Patent foramina.<br>
Paraspinal soft tissues are unremarkable.
<h3>IMPRESSION</h3>
1. Left paracentral disc extrusion at L4-5 with compression of the traversing left L5 nerve root.<br>
2. Mild degenerative changes elsewhere as above, without high-grade stenosis.
<p style="margin-top:16px">Electronically signed by Peter Danforth, MD, Radiologist, on {D('2026-02-12', 'us')} 18:27</p>
<div class="ft"><span>Lakeshore Imaging &middot; LI-7730194</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NP09", css, p1 + p2), fields=f, pages=2,
                kind="orthopedic_spine_center_two_column_boxed_form_pa_c_supervisor_red_flags_plus_mri_report",
                mode="standard", skew={1: -1.4},
                fax=dict(when="02/20/2026 08:44", name="KENTWOOD URGENT FAM CARE", number=f["referring_fax"],
                         to=spec_fax, fmt="a"))


# ====================================================================== NP10
def np10():
    """ENT & audiology practice's 'Referral Request' (Charleston, SC): compact three-column form in Nimbus Sans
    Narrow with grey bars, typed values in Courier-like type; referring office phone and referral date left blank,
    no MRN, any provider; TRICARE benefit number. Single page."""
    f = {
        "patient_last_name": "Gadsden",
        "patient_first_name": "Tamika",
        "patient_dob": "1981-11-03",
        "patient_sex": "F",
        "patient_phone": "8435529107",
        "insurance_payer": "TRICARE Prime",
        "insurance_member_id": "10293847561",
        "referring_provider": "Warren Pinckney",
        "referring_npi": npi("163128845"),
        "referring_fax": "8435720188",
        "referred_to_specialty": "otolaryngology",
        "diagnosis_codes": ["J32.9", "J34.2", "R09.81"],
        "reason": "Chronic nasal obstruction and recurrent sinusitis with 4 antibiotic courses in 12 months despite "
                  "nasal steroid; CT shows septal deviation. Please evaluate for septoplasty and sinus surgery.",
        "urgency": "routine",
    }
    css = """
body { font-family: 'Nimbus Sans Narrow', 'Liberation Sans Narrow', sans-serif; font-size: 10pt; }
.hd { display:flex; align-items:center; gap:10px; border-bottom:1px solid #000; padding-bottom:5px; }
.ear { width:0.55in; height:0.62in; border:4px solid #000; border-radius:50% 50% 45% 45% / 60% 60% 40% 40%; border-left-color:transparent; }
.hd .n { font:bold 17pt 'Nimbus Sans', sans-serif; letter-spacing:-0.3px; line-height:1.05; }
.hd .s { font-size:9pt; }
.hd .r { margin-left:auto; text-align:right; font-size:9pt; line-height:1.35; }
h1 { font-size:14pt; margin:7px 0 2px 0; display:flex; justify-content:space-between; align-items:baseline; }
h1 small { font-size:8.5pt; font-weight:normal; }
.ins { font-size:9pt; background:#e6e6e6; padding:4px 6px; line-height:1.3; }
.bar { background:#a9a9a9; font-weight:bold; padding:2px 6px; margin-top:7px; font-size:10pt; letter-spacing:1px; }
.g3 { display:grid; grid-template-columns:repeat(3, 1fr); column-gap:10px; row-gap:2px; margin-top:3px; }
.c { border-bottom:1px solid #000; min-height:0.38in; }
.c i { display:block; font-style:normal; font-size:7.8pt; }
.c .v { font:10pt 'Nimbus Mono PS', 'Liberation Mono', monospace; font-weight:bold; }
.w2 { grid-column: span 2; }
.w3 { grid-column: span 3; }
.cl { line-height:1.75; margin-top:3px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""

    def c(label, value, cls=""):
        return f'<div class="c {cls}"><i>{label}</i><span class="v">{value}</span></div>'

    spec_fax = "8437660342"
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="ear"></div><div><div class="n">Lowcountry Ear, Nose &amp; Throat<br>and Audiology</div>
<div class="s">Otolaryngology &middot; Head &amp; Neck Surgery &middot; Audiology &amp; Hearing Aids &middot; Allergy</div></div>
<div class="r">1600 Ashley River Rd, Suite 110<br>Charleston, SC 29407<br>Office {P('8437660300', 'paren')}<br>Referrals fax {P(spec_fax, 'paren')}</div></div>
<h1>REFERRAL REQUEST <small>Mt. Pleasant &middot; West Ashley &middot; Summerville</small></h1>
<div class="ins">Referring office: complete this request, attach the last office note and any CT/audiogram reports, and fax to
<b>{P(spec_fax, 'paren')}</b>. TRICARE Prime and Medicaid patients need an approved referral/authorization on file before the visit.</div>
<div class="bar">PATIENT</div>
<div class="g3">
{c('Last name', 'GADSDEN')}{c('First name', 'TAMIKA')}{c('Date of birth', D(f['patient_dob'], 'us'))}
{c('Sex (M/F)', 'F')}{c('Phone', P(f['patient_phone'], 'dash'))}{c('Preferred office', 'SUMMERVILLE')}
{c('Address', '212 OLD TROLLEY RD, APT 9C, SUMMERVILLE SC 29485', 'w2')}{c('Sponsor / relationship', 'DERRICK GADSDEN / SPOUSE')}
</div>
<div class="bar">INSURANCE</div>
<div class="g3">
{c('Insurance', 'TRICARE PRIME')}{c('DoD benefits # / member ID', f['insurance_member_id'])}{c('Authorization #', 'EAST 2602-778130')}
</div>
<div class="bar">REFERRING PROVIDER</div>
<div class="g3">
{c('Name', 'WARREN PINCKNEY, DO')}{c('NPI', f['referring_npi'])}{c('Practice', 'GOOSE CREEK FAMILY MEDICINE')}
{c('Office phone', '')}{c('Office fax (send report to)', P(f['referring_fax'], 'dash'))}{c('Date of request', '')}
</div>
<div class="bar">SERVICE REQUESTED</div>
<div class="cl">
{cbs(['ENT consultation', 'Audiogram + ENT', 'Audiology only / hearing aid evaluation', 'Tympanometry', 'Allergy testing', 'Voice / swallow'], {'ENT consultation'})}<br>
Provider: {box(True)}Any ENT provider &nbsp; {box(False)}Specific: ______________________ &nbsp;&nbsp;
Urgency: {box(True)}Routine &nbsp; {box(False)}Urgent (sudden hearing loss, airway, neck mass)
</div>
<div class="bar">CLINICAL</div>
<div class="g3">
{c('ICD-10 code(s)', 'J32.9, J34.2, R09.81', 'w3')}
{c('Reason for referral', esc(f['reason'].upper()), 'w3')}
</div>
<div class="cl">
Symptoms: {cbs(['Nasal obstruction', 'Sinus infections', 'Hearing loss', 'Tinnitus', 'Dizziness', 'Ear pain / drainage', 'Hoarseness', 'Snoring'], {'Nasal obstruction', 'Sinus infections', 'Snoring'})}<br>
Tried: {cbs(['Nasal steroid', 'Antihistamine', 'Saline rinses', 'Antibiotics'], {'Nasal steroid', 'Saline rinses', 'Antibiotics'})} &nbsp;
CT sinus done: <span class="nw">{box(True)}Yes {box(False)}No</span> &nbsp; Audiogram done: <span class="nw">{box(False)}Yes {box(True)}No</span>
</div>
<div style="display:flex;gap:0.3in;margin-top:16px;font-size:8.5pt">
<div style="flex:3;border-top:1px solid #000">Referring provider signature <span style="font:15pt Z003,cursive;margin-left:10px">W. Pinckney</span></div>
<div style="flex:2;border-top:1px solid #000">Contact person: MS. FRAZIER</div></div>
<div class="ft"><span>LENTA-REF (rev. 04/2025)</span><span>Thank you for your referral!</span></div>
</div></div>"""
    return dict(html=page("NP10", css, body), fields=f, pages=1,
                kind="ent_audiology_referral_request_three_column_grid_blank_phone_and_date_tricare",
                mode="fine",
                fax=dict(when="03/06/2026 10:15", name="GOOSE CREEK FAMILY MED", number=f["referring_fax"],
                         to=spec_fax, fmt="g"))
