"""NQ01-NQ05 document builders. Each returns dict(html, fields, pages, kind, mode, fax).

Theme of set M: ordinary referral forms as small and mid-size US practices send them, plain common
styles, each from a different specialty pairing and a different (fictional) EHR / word processor.
"""
from common import npi, P, D, box, page, esc


def kv(label, value, cls="kv"):
    return f'<div class="{cls}"><b>{label}</b><span>{value}</span></div>'


# ====================================================================== NQ01
def nq01():
    """Family medicine, small-EHR printout: shaded section bars 'Patient Information / Insurance Information /
    Referring Provider / Referred To / Referral Details', label:value pairs in two columns."""
    f = {
        "patient_last_name": "Delgado",
        "patient_first_name": "Marisol",
        "patient_dob": "1986-04-17",
        "patient_sex": "F",
        "patient_phone": "4808362214",
        "patient_mrn": "100482",
        "insurance_payer": "Blue Cross Blue Shield of Arizona",
        "insurance_member_id": "XBA812340077",
        "referring_provider": "Kevin Marchetti",
        "referring_npi": npi("147203318"),
        "referring_phone": "4808917700",
        "referring_fax": "4808917712",
        "referred_to_specialty": "neurology",
        "referred_to_provider": "Priya Raman",
        "diagnosis_codes": ["G43.709", "R20.2"],
        "reason": "Chronic daily headaches for 6 months despite topiramate trial, new intermittent left hand tingling. "
                  "Evaluate and treat; consider MRI brain.",
        "urgency": "routine",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; }
.top { display:flex; justify-content:space-between; border-bottom:1.5px solid #000; padding-bottom:5px; }
.top .n { font-size:13pt; font-weight:bold; }
.top .r { text-align:right; font-size:9pt; line-height:1.35; }
h1 { font-size:14pt; margin:10px 0 2px 0; }
.sub { font-size:8.5pt; margin-bottom:6px; }
.bar { background:#c8c8c8; font-weight:bold; font-size:10pt; padding:3px 6px; margin:9px 0 4px 0; border:1px solid #000; }
.two { display:flex; gap:0.3in; padding:0 6px; }
.two > div { flex:1; }
.kv { display:flex; margin:2px 0; line-height:1.3; }
.kv b { width:1.3in; flex:none; font-weight:bold; }
.one { padding:0 6px; }
.one .kv b { width:1.45in; }
.es { margin-top:16px; border-top:1px dashed #000; padding-top:5px; font-size:9pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="top"><div><div class="n">Red Mountain Family Medicine</div>
<div>1955 N Power Rd, Suite 104<br>Mesa, AZ 85215</div></div>
<div class="r">Phone: {P(f['referring_phone'])}<br>Fax: {P(f['referring_fax'])}<br>www.redmountainfm.example</div></div>
<h1>Referral Request</h1>
<div class="sub">Referral #: RF-2026-08841 &nbsp;&nbsp; Status: Sent &nbsp;&nbsp; Authorization: Pending</div>
<div class="bar">Patient Information</div>
<div class="two"><div>
{kv('Patient Name:', 'Delgado, Marisol A')}
{kv('Date of Birth:', D(f['patient_dob'], 'us'))}
{kv('Sex:', 'Female')}
{kv('Patient ID:', f['patient_mrn'])}
</div><div>
{kv('Address:', '7320 E Brown Rd<br>Mesa, AZ 85207')}
{kv('Phone (Home):', P(f['patient_phone']))}
{kv('Emergency Contact:', 'Ruben Delgado (spouse)')}
{kv('Emergency Phone:', P('4808360951'))}
</div></div>
<div class="bar">Insurance Information</div>
<div class="two"><div>
{kv('Primary Insurance:', f['insurance_payer'])}
{kv('Subscriber ID:', f['insurance_member_id'])}
{kv('Group Number:', 'AZ04417')}
</div><div>
{kv('Subscriber:', 'Self')}
{kv('Plan Type:', 'PPO')}
{kv('Secondary:', 'None on file')}
</div></div>
<div class="bar">Referring Provider</div>
<div class="two"><div>
{kv('Referring Provider:', 'Kevin T. Marchetti, MD')}
{kv('NPI:', f['referring_npi'])}
{kv('Practice:', 'Red Mountain Family Medicine')}
</div><div>
{kv('Phone:', P(f['referring_phone']))}
{kv('Fax:', P(f['referring_fax']))}
{kv('PCP:', 'Kevin T. Marchetti, MD')}
</div></div>
<div class="bar">Referred To</div>
<div class="two"><div>
{kv('Specialty:', 'Neurology')}
{kv('Provider:', 'Priya Raman, MD')}
{kv('Facility:', 'Desert Valley Neurology')}
</div><div>
{kv('Address:', '6424 E Baseline Rd, Mesa, AZ 85206')}
{kv('Phone:', P('4809850330'))}
{kv('Fax:', P('4809850339'))}
</div></div>
<div class="bar">Referral Details</div>
<div class="one">
{kv('Referral Date:', D(f['referral_date'], 'us'))}
{kv('Priority:', 'Routine')}
{kv('Diagnosis:', 'G43.709 &ndash; Chronic migraine without aura, not intractable, without status migrainosus')}
{kv('', 'R20.2 &ndash; Paresthesia of skin')}
{kv('Reason for Referral:', esc(f['reason']))}
{kv('Visits Requested:', '1 consult + 2 follow-up')}
{kv('Notes:', 'Last office visit ' + D('2026-10-29', 'us') + '. Office note and med list attached. Patient prefers morning appointments.')}
</div>
<div class="es">Electronically signed by Kevin T. Marchetti, MD on {D('2026-11-03', 'us')} 4:51 PM</div>
<div class="ft"><span>Printed {D('2026-11-04', 'us')} 09:12 AM by tmendez &nbsp;|&nbsp; ClearChart EHR 7.2</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NQ01", css, body), fields=f, pages=1,
                kind="small_ehr_printout_section_bars_two_column_label_value_family_medicine_to_neurology",
                mode="standard",
                fax=dict(when="11/04/2026 09:15", name="RED MTN FAMILY MED", number=f["referring_fax"],
                         to="4809850339", fmt="a"))


# ====================================================================== NQ02
def nq02():
    """Pediatric office referral: bordered serif form with a Parent/Guardian block, checkbox priority."""
    f = {
        "patient_last_name": "Nguyen",
        "patient_first_name": "Ethan",
        "patient_dob": "2019-06-09",
        "patient_sex": "M",
        "patient_phone": "7134829901",
        "insurance_payer": "Texas Children's Health Plan",
        "insurance_member_id": "528841903",
        "referring_provider": "Angela Whitcomb",
        "referring_npi": npi("158830247"),
        "referring_phone": "7137714400",
        "referring_fax": "7137714419",
        "referred_to_specialty": "allergy",
        "referred_to_provider": "Farid Sadeghi",
        "diagnosis_codes": ["Z91.010", "L20.9"],
        "reason": "Hives and lip swelling within minutes of eating a peanut butter cookie. Please evaluate for food "
                  "allergy testing and provide an epinephrine action plan for school.",
        "urgency": "urgent",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10.5pt; }
.lh { text-align:center; line-height:1.3; }
.lh .n { font-size:16pt; font-weight:bold; letter-spacing:1px; }
.lh .s { font-size:9.5pt; }
h1 { text-align:center; font-size:13pt; margin:8px 0 8px 0; border-top:1px solid #000; border-bottom:1px solid #000; padding:3px 0; }
table.f { width:100%; margin-bottom:8px; }
table.f td { border:1px solid #000; padding:3px 5px; vertical-align:top; }
table.f td.h { background:#ddd; font-weight:bold; text-align:left; font-size:10pt; }
.l { font-size:8pt; display:block; }
.v { font-size:10.5pt; }
.cb { font-size:8.5pt; }
.sig { font-family:'Z003', cursive; font-size:17pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; font-style:italic; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">Sunshine Pediatrics, P.A.</div>
<div class="s">Angela Whitcomb, MD, FAAP &bull; Derek Osborne, MD &bull; Kayla Pham, CPNP</div>
<div class="s">8820 Bellaire Blvd, Suite 200, Houston, TX 77036 &nbsp;&bull;&nbsp; Ph {P(f['referring_phone'], 'dash')} &nbsp;&bull;&nbsp; Fax {P(f['referring_fax'], 'dash')}</div></div>
<h1>PEDIATRIC SPECIALTY REFERRAL</h1>
<table class="f">
<tr><td class="h" colspan="4">CHILD</td></tr>
<tr><td colspan="2"><span class="l">Child's Name (Last, First, MI)</span><span class="v">Nguyen, Ethan M.</span></td>
<td><span class="l">Birthdate</span><span class="v">{D(f['patient_dob'], 'abbr')}</span></td>
<td><span class="l">Sex</span><span class="v">{box(True)}M &nbsp; {box(False)}F</span></td></tr>
<tr><td colspan="2"><span class="l">Home Address</span><span class="v">10455 Town Park Dr, Apt 316, Houston, TX 77072</span></td>
<td colspan="2"><span class="l">Primary Phone</span><span class="v">{P(f['patient_phone'], 'dash')}</span></td></tr>
<tr><td class="h" colspan="4">PARENT / GUARDIAN</td></tr>
<tr><td colspan="2"><span class="l">Parent/Guardian Name</span><span class="v">Linh Tran</span></td>
<td><span class="l">Relationship</span><span class="v">Mother</span></td>
<td><span class="l">Work Phone</span><span class="v">{P('7136601427', 'dash')}</span></td></tr>
<tr><td colspan="2"><span class="l">Second Parent/Guardian</span><span class="v">Quang Nguyen (father)</span></td>
<td colspan="2"><span class="l">Language preferred</span><span class="v">English / Vietnamese</span></td></tr>
<tr><td class="h" colspan="4">INSURANCE</td></tr>
<tr><td colspan="2"><span class="l">Ins</span><span class="v">{esc(f['insurance_payer'])}</span></td>
<td><span class="l">Member #</span><span class="v">{f['insurance_member_id']}</span></td>
<td><span class="l">Plan</span><span class="v">CHIP</span></td></tr>
<tr><td colspan="2"><span class="l">Subscriber / Policy Holder</span><span class="v">Linh Tran</span></td>
<td colspan="2"><span class="l">Authorization #</span><span class="v">&nbsp;</span></td></tr>
<tr><td class="h" colspan="4">REFERRAL</td></tr>
<tr><td colspan="2"><span class="l">Refer to (specialty)</span><span class="v">Pediatric Allergy &amp; Immunology</span></td>
<td colspan="2"><span class="l">Consultant</span><span class="v">Dr. Farid Sadeghi</span></td></tr>
<tr><td colspan="2"><span class="l">Office</span><span class="v">Bayou City Allergy &amp; Asthma, 7737 Southwest Fwy #420</span></td>
<td><span class="l">Phone</span><span class="v">{P('7139952860', 'dash')}</span></td>
<td><span class="l">Fax</span><span class="v">{P('7139952861', 'dash')}</span></td></tr>
<tr><td colspan="4"><span class="l">Dx / ICD-10</span><span class="v">Z91.010 Allergy to peanuts; &nbsp; L20.9 Atopic dermatitis, unspecified</span></td></tr>
<tr><td colspan="4"><span class="l">Reason for referral</span><span class="v">{esc(f['reason'])}</span></td></tr>
<tr><td colspan="4"><span class="l">Pertinent history / current meds</span><span class="v">Reaction on {D('2026-10-30', 'us')}, treated with diphenhydramine at home, no ER visit.
Mild eczema since infancy, uses hydrocortisone 2.5% prn. No prior allergy testing. Epinephrine auto-injector 0.15 mg prescribed today.</span></td></tr>
<tr><td colspan="4"><span class="l">Priority</span><span class="v">{box(False)}Routine &nbsp;&nbsp; {box(True)}Urgent (within 2 weeks) &nbsp;&nbsp; {box(False)}STAT</span></td></tr>
<tr><td colspan="2"><span class="l">Requested by</span><span class="v">Angela Whitcomb, MD &nbsp; NPI {f['referring_npi']}</span></td>
<td colspan="2"><span class="l">Date</span><span class="v">{D(f['referral_date'], 'mmddyy_dash')}</span></td></tr>
<tr><td colspan="4" style="height:0.5in"><span class="l">Physician signature</span><span class="sig">Angela Whitcomb MD</span></td></tr>
</table>
<div class="ft">Please fax consult notes to {P(f['referring_fax'], 'dash')}. Thank you for seeing our patient!</div>
</div></div>"""
    return dict(html=page("NQ02", css, body), fields=f, pages=1,
                kind="pediatric_bordered_cell_form_parent_guardian_block_checkbox_priority_peds_to_allergy",
                mode="fine",
                fax=dict(when="11/03/2026 15:47", name="SUNSHINE PEDIATRICS", number=f["referring_fax"],
                         to="7139952861", fmt="c"))


# ====================================================================== NQ03
def nq03():
    """Internal medicine EHR outgoing referral order (page 1) and problem list / meds / labs (page 2)."""
    f = {
        "patient_last_name": "HOLLOWAY",
        "patient_first_name": "GERALD",
        "patient_dob": "1951-09-30",
        "patient_sex": "M",
        "patient_phone": "2173550192",
        "patient_mrn": "E0048213",
        "insurance_payer": "Health Alliance Medicare",
        "insurance_member_id": "HAM0093318201",
        "referring_provider": "Susan Kowalczyk",
        "referring_npi": npi("125590473"),
        "referring_phone": "2173833100",
        "referring_fax": "2173833155",
        "referred_to_specialty": "nephrology",
        "diagnosis_codes": ["N18.32", "E11.22", "I12.9"],
        "reason": "eGFR decline from 52 to 38 over 12 months with microalbuminuria. Please evaluate CKD progression "
                  "and advise on SGLT2 inhibitor and BP targets.",
        "urgency": "routine",
        "referral_date": "2026-11-05",
    }
    css = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-start; }
.hd .n { font-size:12pt; font-weight:bold; }
.hd .r { text-align:right; line-height:1.35; }
.pb { border:1.5px solid #000; padding:4px 6px; margin:8px 0; display:flex; justify-content:space-between; font-size:9.5pt; }
.pb b { font-size:10.5pt; }
h1 { font-size:12pt; margin:8px 0 4px 0; }
h2 { font-size:9.5pt; margin:10px 0 3px 0; border-bottom:1px solid #000; text-transform:uppercase; }
table.g { width:100%; }
table.g td { padding:2px 4px; vertical-align:top; }
table.g td.l { width:1.45in; font-weight:bold; }
table.pl { width:100%; margin-top:2px; }
table.pl th, table.pl td { border-bottom:1px solid #000; padding:2px 4px; text-align:left; vertical-align:top; }
table.pl th { border-top:1.5px solid #000; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""
    pbar = f"""<div class="pb"><span><b>HOLLOWAY, GERALD R</b> &nbsp; MRN: {f['patient_mrn']}</span>
<span>DOB: {D(f['patient_dob'], 'us')} (75 y.o. M)</span><span>Enc. date: {D('2026-11-05', 'us')}</span></div>"""
    hd = f"""<div class="hd"><div><div class="n">Champaign Internal Medicine Group</div>
<div>1701 W Curtis Rd, Suite 3 &nbsp; Champaign, IL 61822</div></div>
<div class="r">Dept phone: {P(f['referring_phone'], 'dash')}<br>Dept fax: {P(f['referring_fax'], 'dash')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
{pbar}
<h1>Outgoing Referral &mdash; Ambulatory Referral to Nephrology</h1>
<h2>Patient</h2>
<table class="g">
<tr><td class="l">Patient:</td><td>HOLLOWAY, GERALD R</td><td class="l">Sex:</td><td>Male</td></tr>
<tr><td class="l">Birthdate:</td><td>{D(f['patient_dob'], 'us')}</td><td class="l">MRN:</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Home phone:</td><td>{P(f['patient_phone'])}</td><td class="l">Address:</td><td>905 W Church St, Champaign IL 61820</td></tr>
<tr><td class="l">Preferred lang.:</td><td>English</td><td class="l">Emerg. contact:</td><td>Diane Holloway (daughter) {P('2176489023')}</td></tr>
</table>
<h2>Coverage</h2>
<table class="g">
<tr><td class="l">Carrier:</td><td>{f['insurance_payer']}</td><td class="l">Policy No.:</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Plan:</td><td>Medicare Advantage HMO</td><td class="l">Group:</td><td>MA-0210</td></tr>
</table>
<h2>Order</h2>
<table class="g">
<tr><td class="l">Ordering Provider:</td><td>Susan E. Kowalczyk, MD</td><td class="l">NPI:</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Refer to dept:</td><td>Nephrology</td><td class="l">Refer to provider:</td><td>(any)</td></tr>
<tr><td class="l">Refer to location:</td><td colspan="3">Prairie Kidney Associates, 2200 S Neil St, Champaign IL &nbsp; ph {P('2173522640', 'dash')} &nbsp; fax {P('2173522649', 'dash')}</td></tr>
<tr><td class="l">Order date:</td><td>{D(f['referral_date'], 'us')}</td><td class="l">Priority:</td><td>Routine</td></tr>
<tr><td class="l">Number of visits:</td><td>1</td><td class="l">Expires:</td><td>{D('2027-05-04', 'us')}</td></tr>
</table>
<h2>Diagnoses associated with this referral</h2>
<table class="g">
<tr><td class="l">1.</td><td>Chronic kidney disease, stage 3b (N18.32)</td></tr>
<tr><td class="l">2.</td><td>Type 2 diabetes mellitus with diabetic chronic kidney disease (E11.22)</td></tr>
<tr><td class="l">3.</td><td>Hypertensive chronic kidney disease with stage 1 through stage 4 CKD (I12.9)</td></tr>
</table>
<h2>Reason for consult</h2>
<div style="padding:2px 4px">{esc(f['reason'])}</div>
<h2>Comments</h2>
<div style="padding:2px 4px">Creatinine 1.74 mg/dL, UACR 210 mg/g. Problem list, medications and lab trend on page 2.
Patient aware of referral and agrees.</div>
<div style="margin-top:18px">Signed electronically: Susan E. Kowalczyk, MD &nbsp;&nbsp; {D('2026-11-05', 'us')} 16:20</div>
<div class="ft"><span>HOLLOWAY, GERALD R &nbsp; MRN {f['patient_mrn']} &nbsp; Printed {D('2026-11-06', 'us')} 08:03</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{hd}
{pbar}
<h2>Active Problem List</h2>
<table class="pl">
<tr><th>Problem</th><th>ICD-10</th><th>Noted</th></tr>
<tr><td>Type 2 diabetes mellitus with diabetic chronic kidney disease</td><td>E11.22</td><td>{D('2014-03-11', 'us')}</td></tr>
<tr><td>Chronic kidney disease, stage 3b</td><td>N18.32</td><td>{D('2025-10-02', 'us')}</td></tr>
<tr><td>Hypertensive CKD with stage 1-4 CKD</td><td>I12.9</td><td>{D('2019-06-20', 'us')}</td></tr>
<tr><td>Hyperlipidemia, unspecified</td><td>E78.5</td><td>{D('2012-01-17', 'us')}</td></tr>
<tr><td>Primary osteoarthritis of both knees</td><td>M17.0</td><td>{D('2018-09-05', 'us')}</td></tr>
<tr><td>Gastro-esophageal reflux disease without esophagitis</td><td>K21.9</td><td>{D('2016-04-28', 'us')}</td></tr>
</table>
<h2>Current Medications</h2>
<table class="pl">
<tr><th>Medication</th><th>Sig</th></tr>
<tr><td>metformin 500 mg tablet</td><td>1 tab PO BID (reduced {D('2025-10-02', 'us')})</td></tr>
<tr><td>lisinopril 20 mg tablet</td><td>1 tab PO daily</td></tr>
<tr><td>amlodipine 5 mg tablet</td><td>1 tab PO daily</td></tr>
<tr><td>atorvastatin 40 mg tablet</td><td>1 tab PO nightly</td></tr>
<tr><td>omeprazole 20 mg capsule</td><td>1 cap PO daily before breakfast</td></tr>
<tr><td>acetaminophen 500 mg tablet</td><td>1-2 tabs PO q8h prn knee pain</td></tr>
</table>
<h2>Lab Trend</h2>
<table class="pl">
<tr><th>Date</th><th>Creatinine (mg/dL)</th><th>eGFR (mL/min/1.73m2)</th><th>UACR (mg/g)</th><th>K (mmol/L)</th><th>HbA1c (%)</th></tr>
<tr><td>{D('2025-10-02', 'us')}</td><td>1.38</td><td>52</td><td>88</td><td>4.6</td><td>7.4</td></tr>
<tr><td>{D('2026-04-14', 'us')}</td><td>1.55</td><td>45</td><td>140</td><td>4.9</td><td>7.1</td></tr>
<tr><td>{D('2026-10-30', 'us')}</td><td>1.74</td><td>38</td><td>210</td><td>5.1</td><td>7.3</td></tr>
</table>
<h2>Allergies</h2>
<div style="padding:2px 4px">Sulfa antibiotics (rash)</div>
<div class="ft"><span>HOLLOWAY, GERALD R &nbsp; MRN {f['patient_mrn']} &nbsp; Printed {D('2026-11-06', 'us')} 08:03</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NQ03", css, p1 + p2), fields=f, pages=2,
                kind="im_ehr_referral_order_with_patient_banner_plus_problem_list_meds_labs_to_nephrology",
                mode="standard",
                fax=dict(when="11/06/2026 08:05", name="CHAMPAIGN INT MED", number=f["referring_fax"],
                         to="2173522649", fmt="b"))


# ====================================================================== NQ04
def nq04():
    """OB-GYN referral letter on letterhead to an endocrinologist, RE: block, prose, signature with NPI."""
    f = {
        "patient_last_name": "Whitaker",
        "patient_first_name": "Jolene",
        "patient_dob": "1994-03-22",
        "patient_sex": "F",
        "patient_phone": "4142387705",
        "insurance_payer": "Aetna Better Health of Wisconsin",
        "insurance_member_id": "W2290148837",
        "referring_provider": "Rachel Lindqvist",
        "referring_npi": npi("193347021"),
        "referring_phone": "4142976100",
        "referring_fax": "4142976122",
        "referred_to_specialty": "endocrinology",
        "referred_to_provider": "Helena Brandt",
        "diagnosis_codes": ["O99.281", "E05.00", "Z3A.10"],
        "reason": "Hyperthyroidism in pregnancy, 10 weeks gestation",
        "urgency": "urgent",
        "referral_date": "2026-11-06",
    }
    css = """
body { font-family: 'P052', 'Palatino Linotype', 'Book Antiqua', serif; font-size: 11pt; }
.lh { text-align:center; border-bottom:1px solid #000; padding-bottom:6px; }
.lh .n { font-size:17pt; letter-spacing:1.5px; }
.lh .s { font-size:9.5pt; line-height:1.35; }
.dt { margin-top:22px; }
.to { margin-top:16px; line-height:1.3; }
.re { margin:16px 0 12px 0.5in; line-height:1.3; }
.re td { padding:0 10px 0 0; vertical-align:top; }
p { margin:0 0 9px 0; line-height:1.38; text-align:justify; }
.sig { font-family:'Z003', cursive; font-size:20pt; margin:4px 0 0 0; }
.cc { margin-top:14px; font-size:9.5pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">LAKESHORE WOMEN'S HEALTH</div>
<div class="s">Obstetrics &amp; Gynecology<br>
2315 N Lake Dr, Suite 500 &nbsp;&middot;&nbsp; Milwaukee, Wisconsin 53211<br>
Telephone {P(f['referring_phone'], 'dot')} &nbsp;&middot;&nbsp; Facsimile {P(f['referring_fax'], 'dot')}</div></div>
<div class="dt">{D(f['referral_date'], 'long')}</div>
<div class="to">Helena Brandt, MD<br>Endocrinology<br>Lakeside Endocrine Associates<br>3003 W Good Hope Rd, Suite 210<br>Milwaukee, WI 53209<br>
Fax: {P('4143526618', 'dot')}</div>
<table class="re">
<tr><td><b>RE:</b></td><td>Jolene Whitaker</td></tr>
<tr><td><b>DOB:</b></td><td>{D(f['patient_dob'], 'us_short')}</td></tr>
<tr><td><b>Reason:</b></td><td>{f['reason']}</td></tr>
<tr><td><b>ICD-10:</b></td><td>O99.281, E05.00, Z3A.10</td></tr>
</table>
<p>Dear Dr. Brandt,</p>
<p>Thank you for seeing Ms. Whitaker, a 32-year-old female, G2P1001, currently at 10 weeks gestation by early ultrasound, who
presented to our office for her new obstetric visit with palpitations, heat intolerance and a 6 lb weight loss. Her screening
labs drawn on {D('2026-10-30', 'us')} show a suppressed TSH (&lt;0.01 mIU/L) with a free T4 of 3.1 ng/dL, and her TSH receptor
antibody is pending. She has a small diffuse goiter on exam and no eye findings. She was started on propranolol 10 mg three
times daily for symptom control.</p>
<p>Given the early gestational age and the need to decide on antithyroid therapy in the first trimester, this is an
<b>urgent</b> referral and I would be grateful if she could be seen within the next week. Our nurse line will help with
scheduling if needed.</p>
<p>Her insurance is {f['insurance_payer']}, member ID {f['insurance_member_id']}. She can be reached at
{P(f['patient_phone'])}; her husband, Dale Whitaker, is her emergency contact at {P('4142381190')}.
Her prenatal records and recent lab results are enclosed.</p>
<p>Please send your consultation note to our office by fax at {P(f['referring_fax'], 'dot')}. Do not hesitate to call me
directly with any questions.</p>
<p style="margin-top:14px">Sincerely,</p>
<div class="sig">Rachel Lindqvist</div>
<div>Rachel Lindqvist, MD, FACOG<br>NPI {f['referring_npi']}</div>
<div class="cc">cc: Omar Haddad, MD (primary care) &nbsp;&nbsp; Enclosures: prenatal labs, office note of {D('2026-11-02', 'us')}</div>
<div class="ft">Lakeshore Women's Health &middot; Confidential patient information</div>
</div></div>"""
    return dict(html=page("NQ04", css, body), fields=f, pages=1,
                kind="obgyn_letterhead_referral_letter_re_block_prose_to_endocrinology",
                mode="fine",
                fax=dict(when="Nov-06-2026 11:22", name="Lakeshore Womens Hlth", number=f["referring_fax"],
                         to="4143526618", fmt="g"))


# ====================================================================== NQ05
def nq05():
    """Cardiology group internal referral to electrophysiology: dense ruled grid, checkbox priority."""
    f = {
        "patient_last_name": "Petrakis",
        "patient_first_name": "Constantine",
        "patient_dob": "1957-12-04",
        "patient_sex": "M",
        "patient_phone": "3193624471",
        "patient_mrn": "HCC-228140",
        "insurance_payer": "Wellmark Blue Cross Blue Shield of Iowa",
        "insurance_member_id": "WMK661204553",
        "referring_provider": "Natalie Ferreira",
        "referring_npi": npi("176604412"),
        "referring_phone": "3193985500",
        "referring_fax": "3193985577",
        "referred_to_specialty": "cardiology",
        "referred_to_provider": "Aaron Feldstein",
        "diagnosis_codes": ["I48.0", "I10"],
        "reason": "Symptomatic paroxysmal AF despite metoprolol and flecainide; CHA2DS2-VASc 3. Evaluate for catheter ablation.",
        "urgency": "urgent",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Arial, sans-serif; font-size: 9pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid #000; padding-bottom:4px; }
.hd .n { font-size:14pt; font-weight:bold; }
.hd .t { font-size:12pt; font-weight:bold; text-align:right; }
.addr { font-size:8.5pt; margin:3px 0 8px 0; }
table.g { width:100%; margin-bottom:7px; table-layout:fixed; }
table.g td { border:1px solid #000; padding:2px 4px; vertical-align:top; height:0.36in; }
table.g td.s { background:#000; color:#fff; font-weight:bold; height:auto; padding:2px 4px; letter-spacing:1px; }
.l { display:block; font-size:7pt; text-transform:uppercase; }
.v { font-size:10pt; }
.cb { font-size:8pt; }
table.g td.tall { height:auto; }
.sig { font-family:'Z003', cursive; font-size:16pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; }
"""
    def c(label, value, span=1, cls=""):
        return f'<td colspan="{span}" class="{cls}"><span class="l">{label}</span><span class="v">{value}</span></td>'
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Cedar Valley Heart &amp; Vascular</div><div class="t">Electrophysiology Consult Request</div></div>
<div class="addr">General Cardiology &middot; 1026 A Ave NE, Cedar Rapids, IA 52402 &middot; Phone {P(f['referring_phone'], 'dot')} &middot; Fax {P(f['referring_fax'], 'dot')}</div>
<table class="g">
<tr><td class="s" colspan="4">PATIENT</td></tr>
<tr>{c('Name (Last, First)', 'Petrakis, Constantine', 2)}{c('D.O.B.', D(f['patient_dob'], 'us'))}{c('Sex', 'M')}</tr>
<tr>{c('Acct No.', f['patient_mrn'])}{c('Home phone', P(f['patient_phone'], 'dot'))}{c('Address', '2810 Blake Blvd SE, Cedar Rapids, IA 52403', 2)}</tr>
<tr><td class="s" colspan="4">INSURANCE</td></tr>
<tr>{c('Plan', f['insurance_payer'], 2)}{c('Member #', f['insurance_member_id'])}{c('Group #', '0398221')}</tr>
<tr><td class="s" colspan="4">REFERRING CARDIOLOGIST</td></tr>
<tr>{c('Referring MD', 'Dr. Natalie Ferreira')}{c('NPI', f['referring_npi'])}{c('Phone', P(f['referring_phone'], 'dot'))}{c('Fax', P(f['referring_fax'], 'dot'))}</tr>
<tr>{c('PCP', 'Gregory Lang, MD &ndash; Marion Family Clinic', 2)}{c('PCP phone', P('3193771820', 'dot'))}{c('PCP fax', P('3193771829', 'dot'))}</tr>
<tr><td class="s" colspan="4">CONSULT REQUESTED</td></tr>
<tr>{c('Service', 'Cardiac Electrophysiology (Cardiology)', 2)}{c('Consultant', 'Aaron Feldstein, MD', 2)}</tr>
<tr>{c('Priority', box(False) + 'Routine &nbsp; ' + box(True) + 'Urgent &nbsp; ' + box(False) + 'STAT', 2)}{c('Date of request', D(f['referral_date'], 'abbr'), 2)}</tr>
<tr>{c('ICD-10', 'I48.0 Paroxysmal atrial fibrillation; I10 Essential (primary) hypertension', 4, 'tall')}</tr>
<tr>{c('Clinical indication', esc(f['reason']), 4, 'tall')}</tr>
<tr>{c('Study / procedure', box(True) + 'Consult &nbsp; ' + box(False) + 'Ablation &nbsp; ' + box(False) + 'Device check &nbsp; ' + box(False) + 'Loop recorder &nbsp; ' + box(False) + 'Other', 4, 'tall')}</tr>
<tr><td class="s" colspan="4">PERTINENT DATA</td></tr>
<tr>{c('Anticoagulation', 'Apixaban 5 mg BID since ' + D('2025-08-12', 'us'), 2)}{c('Echo', 'LVEF 55%, LA mildly dilated (' + D('2026-09-18', 'us') + ')', 2)}</tr>
<tr>{c('Rhythm history', 'AF episodes 2-3/week on 14-day monitor, longest 9 h, burden 11%. Two ED visits for rapid AF in 2026.', 4, 'tall')}</tr>
<tr>{c('Allergies', 'NKDA', 2)}{c('Renal function', 'Cr 0.98 mg/dL', 2)}</tr>
</table>
<table class="g">
<tr>{c('Physician signature', '<span class="sig">N. Ferreira</span>', 2)}{c('Date signed', D('2026-11-03', 'us'))}{c('Scheduled (EP office use)', '&nbsp;')}</tr>
</table>
<div class="ft"><span>CVHV form 214 (rev 01/2025)</span><span>Fax to EP scheduling: {P('3193985590', 'dot')}</span></div>
</div></div>"""
    return dict(html=page("NQ05", css, body), fields=f, pages=1,
                kind="cardiology_to_electrophysiology_dense_ruled_grid_black_section_bars_checkbox_priority",
                mode="fine",
                fax=dict(when="11/03/2026 13:02", name="CEDAR VALLEY HEART", number=f["referring_fax"],
                         to="3193985590", fmt="h"))
