"""NB01-NB05 document builders. Each returns dict(html, fields, pages, kind, mode, fax).

Theme of set O: referrals from community health centers, multispecialty groups and hospital outpatient
departments in different US regions, each to a different specialty.
"""
from common import npi, P, D, box, page, esc


# ====================================================================== NB01
def nb01():
    """New Mexico community health center, referral packet page 1 'Referral Information': a patient
    demographics table and a provider table side by side, referral details below; page 2 clinical summary."""
    f = {
        "patient_last_name": "Archuleta",
        "patient_first_name": "Rosalinda",
        "patient_dob": "1957-04-22",
        "patient_sex": "F",
        "patient_phone": "5755238814",
        "patient_mrn": "LCV-0093317",
        "insurance_payer": "Molina Healthcare of New Mexico",
        "insurance_member_id": "NM77203914",
        "referring_provider": "Tomás Benavidez",
        "referring_npi": npi("136822071"),
        "referring_phone": "5755264100",
        "referring_fax": "5755264188",
        "referred_to_specialty": "cardiology",
        "referred_to_provider": "Anjali Deshmukh",
        "diagnosis_codes": ["I48.91", "R00.2"],
        "reason": "New irregularly irregular rhythm on ECG with palpitations; please evaluate for atrial "
                  "fibrillation management and anticoagulation.",
        "urgency": "routine",
        "referral_date": "2026-09-14",
    }
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10.5pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #000; padding-bottom:4px; }
.hd .n { font-size:15pt; font-weight:bold; }
.hd .a { font-size:9.5pt; line-height:1.3; }
.hd .r { text-align:right; font-size:9.5pt; line-height:1.3; }
h1 { text-align:center; font-size:16pt; margin:10px 0 8px 0; letter-spacing:0.5px; }
.side { display:flex; gap:0.18in; align-items:flex-start; }
.side > table { flex:1; }
table.t { border:1.4px solid #000; width:100%; }
table.t th { background:#d0d0d0; border:1px solid #000; text-align:left; padding:3px 5px; font-size:11pt; }
table.t td { border:1px solid #000; padding:3px 5px; vertical-align:top; line-height:1.25; }
table.t td.l { width:36%; font-weight:bold; font-size:9.5pt; }
table.d { margin-top:12px; }
table.d td.l { width:24%; }
.sig { margin-top:22px; display:flex; gap:0.4in; font-size:9.5pt; }
.sig div { flex:1; border-top:1px solid #000; padding-top:3px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }
h2 { font-size:12pt; margin:10px 0 4px 0; border-bottom:1px solid #000; }
ul { margin:3px 0 3px 0; padding-left:22px; } li { margin:1px 0; }
.p2 p { margin:4px 0; line-height:1.3; }
"""
    pl = "Archuleta, Rosalinda M."
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">La Cl&iacute;nica del Valle Community Health Center</div>
<div class="a">2360 E Lohman Ave &middot; Las Cruces, NM 88001</div></div>
<div class="r">Main Line: {P('5755264000')}<br>Referral Office: {P(f['referring_phone'], 'dash')}<br>Referral Fax: {P(f['referring_fax'], 'dash')}</div></div>
<h1>Referral Information</h1>
<div class="side">
<table class="t"><tr><th colspan="2">Patient Demographics</th></tr>
<tr><td class="l">Patient Name</td><td>{pl}</td></tr>
<tr><td class="l">Date of Birth</td><td>{D(f['patient_dob'], 'us')}</td></tr>
<tr><td class="l">Sex</td><td>Female</td></tr>
<tr><td class="l">Chart #</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Address</td><td>1148 Calle del Norte<br>Las Cruces, NM 88005</td></tr>
<tr><td class="l">Preferred Phone</td><td>{P(f['patient_phone'])}</td></tr>
<tr><td class="l">Language</td><td>Spanish (interpreter needed)</td></tr>
<tr><td class="l">Insurance</td><td>{f['insurance_payer']}</td></tr>
<tr><td class="l">Member ID</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Emergency Contact</td><td>Daniel Archuleta (son)<br>{P('5753121907')}</td></tr>
</table>
<table class="t"><tr><th colspan="2">Provider Information</th></tr>
<tr><td class="l">Referring Provider</td><td>Tom&aacute;s Benavidez, MD</td></tr>
<tr><td class="l">NPI</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Phone</td><td>{P(f['referring_phone'])}</td></tr>
<tr><td class="l">Fax</td><td>{P(f['referring_fax'])}</td></tr>
<tr><td class="l">Referred To</td><td>Anjali Deshmukh, MD, FACC</td></tr>
<tr><td class="l">Specialty</td><td>Cardiology</td></tr>
<tr><td class="l">Practice</td><td>Mesilla Valley Heart &amp; Vascular</td></tr>
<tr><td class="l">Phone</td><td>{P('5755211600')}</td></tr>
<tr><td class="l">Fax</td><td>{P('5755211699')}</td></tr>
</table>
</div>
<table class="t d"><tr><th colspan="2">Referral Details</th></tr>
<tr><td class="l">Referral Date</td><td>{D(f['referral_date'], 'us')}</td></tr>
<tr><td class="l">Priority</td><td>Routine</td></tr>
<tr><td class="l">Diagnosis Codes</td><td>I48.91 Unspecified atrial fibrillation<br>R00.2 Palpitations</td></tr>
<tr><td class="l">Reason for Referral</td><td>{esc(f['reason'])}</td></tr>
<tr><td class="l">Services Requested</td><td>Consultation and treatment; echocardiogram at specialist discretion</td></tr>
<tr><td class="l">Authorization</td><td>Not required per plan (verified {D('2026-09-14', 'us')})</td></tr>
</table>
<div class="sig"><div>Provider Signature</div><div>Date</div></div>
<div class="ft"><span>Referral #R-26-04417 &middot; Date printed: {D('2026-09-15', 'us')}</span><span>Page 1 of 2</span></div>
</div></div>
<div class="sheet"><div class="inner p2">
<div class="hd"><div><div class="n">La Cl&iacute;nica del Valle Community Health Center</div></div>
<div class="r">Patient: {pl}<br>DOB: {D(f['patient_dob'], 'us')}</div></div>
<h2>Clinical Summary</h2>
<p>69 y/o female seen {D('2026-09-10', 'us')} for palpitations x 3 weeks, intermittent, with mild exertional dyspnea.
No syncope. ECG in clinic showed irregularly irregular rhythm, rate 104, no acute ST changes.
TSH 1.9. CHA2DS2-VASc 3 (age, sex, HTN).</p>
<h2>Active Problems</h2>
<ul><li>Essential hypertension (I10)</li><li>Type 2 diabetes mellitus without complications (E11.9)</li>
<li>Osteoarthritis of knee, bilateral (M17.0)</li></ul>
<h2>Medications</h2>
<ul><li>Lisinopril 20 mg daily</li><li>Metformin 1000 mg twice daily</li><li>Metoprolol tartrate 25 mg twice daily (started {D('2026-09-10', 'us')})</li>
<li>Acetaminophen 500 mg as needed</li></ul>
<h2>Allergies</h2><p>Sulfa drugs (rash)</p>
<h2>Attachments</h2><p>ECG tracing ({D('2026-09-10', 'us')}), BMP and CBC, medication list.</p>
<div class="ft"><span>Referral #R-26-04417 &middot; Date printed: {D('2026-09-15', 'us')}</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NB01", css, body), fields=f, pages=2,
                kind="chc_referral_information_side_by_side_demographics_and_provider_tables_to_cardiology",
                mode="fine",
                fax=dict(when="09/15/2026 08:41", name="LA CLINICA DEL VALLE", number=f["referring_fax"],
                         to="5755211699", fmt="a"))


# ====================================================================== NB02
def nb02():
    """Ohio multispecialty group: 3-page packet - fax cover sheet, referral form, visit note with vitals
    and assessment/plan listing other diagnoses. No urgency printed."""
    f = {
        "patient_last_name": "Hollis",
        "patient_first_name": "Dwayne",
        "patient_dob": "1964-12-03",
        "patient_sex": "M",
        "patient_phone": "7407752230",
        "patient_mrn": "SV2281904",
        "insurance_payer": "Medical Mutual of Ohio",
        "insurance_member_id": "MMO4471209813",
        "referring_provider": "Meenakshi Iyer",
        "referring_npi": npi("152930664"),
        "referring_phone": "7407731500",
        "referring_fax": "7407731577",
        "referred_to_specialty": "endocrinology",
        "referred_to_provider": "Thomas Albrecht",
        "diagnosis_codes": ["E04.1", "R94.6"],
        "reason": "2.3 cm right thyroid nodule on ultrasound with suppressed TSH; evaluate for toxic nodule and "
                  "need for uptake scan or FNA.",
        "urgency": "routine",
        "referral_date": "2026-09-08",
    }
    css = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9.5pt; }
.fx { font-size:40pt; font-weight:bold; letter-spacing:6px; margin:0.2in 0 0.1in 0; }
.org { font-size:13pt; font-weight:bold; }
.cv { width:100%; margin-top:18px; font-size:11pt; }
.cv td { padding:7px 4px; border-bottom:1px solid #000; vertical-align:top; }
.cv td.l { font-weight:bold; width:1.2in; }
.msg { margin-top:22px; border:1px solid #000; padding:8px; min-height:1.3in; font-size:10.5pt; line-height:1.4; }
.conf { position:absolute; bottom:0.3in; left:0; right:0; font-size:8pt; border-top:2px solid #000; padding-top:4px; line-height:1.35; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
h1 { font-size:14pt; margin:6px 0 8px 0; border-bottom:2px solid #000; padding-bottom:3px; }
.sec { font-weight:bold; font-size:10pt; margin:10px 0 3px 0; text-transform:uppercase; }
table.g { width:100%; border:1px solid #000; }
table.g td { border:1px solid #000; padding:2px 4px 3px 4px; vertical-align:top; width:25%; }
table.g .lb { display:block; font-size:7pt; font-weight:bold; }
.note p { margin:4px 0; line-height:1.35; }
.note h3 { font-size:10pt; margin:9px 0 3px 0; border-bottom:1px solid #000; }
.vit { width:100%; border:1px solid #000; }
.vit td { border:1px solid #000; padding:2px 5px; text-align:center; }
.vit tr:first-child td { font-weight:bold; font-size:8.5pt; background:#ddd; }
.ph { display:flex; justify-content:space-between; border-bottom:1.5px solid #000; padding-bottom:3px; }
"""
    def c(lb, v, span=1):
        return f'<td colspan="{span}"><span class="lb">{lb}</span>{v}</td>'
    foot = lambda n: f'<div class="ft"><span>Scioto Valley Multispecialty Group &middot; Printed {D("2026-09-08", "us")} 15:02</span><span>Page {n} of 3</span></div>'
    body = f"""
<div class="sheet"><div class="inner">
<div class="org">Scioto Valley Multispecialty Group</div>
<div>Internal Medicine &middot; 1820 Hospital Dr, Chillicothe, OH 45601<br>Main: {P('7407731000')} &nbsp; Internal Medicine: {P(f['referring_phone'])}</div>
<div class="fx">FAX</div>
<table class="cv">
<tr><td class="l">Date:</td><td>{D('2026-09-08', 'long')}</td></tr>
<tr><td class="l">To:</td><td>Endocrinology Associates of Central Ohio &ndash; New Patient Referrals</td></tr>
<tr><td class="l">Fax:</td><td>{P('6145669021')}</td></tr>
<tr><td class="l">Phone:</td><td>{P('6145669000')}</td></tr>
<tr><td class="l">From:</td><td>Referral Coordinator, Internal Medicine (Brenda Kuhn)</td></tr>
<tr><td class="l">Fax:</td><td>{P(f['referring_fax'])}</td></tr>
<tr><td class="l">Pages:</td><td>3 (including cover)</td></tr>
<tr><td class="l">Re:</td><td>New patient referral &ndash; D. Hollis</td></tr>
</table>
<div class="msg">Please find attached a referral and the most recent office note for the patient named above.
Kindly contact the patient directly to schedule and fax the consult note back to our office.
Questions: call Brenda at {P(f['referring_phone'])} ext. 2214.</div>
<div class="conf"><b>CONFIDENTIALITY NOTICE:</b> This facsimile contains protected health information that is
privileged and confidential under HIPAA. If you have received this fax in error, please notify the sender at
{P('7407731000')} and destroy all copies.</div>
</div></div>

<div class="sheet"><div class="inner">
<div class="ph"><b>Scioto Valley Multispecialty Group</b><span>Outgoing Referral</span></div>
<h1>Specialty Referral Form</h1>
<div class="sec">Patient</div>
<table class="g"><tr>{c('Patient name', 'Dwayne R. Hollis', 2)}{c('Birth date', D(f['patient_dob'], 'us_dash'))}{c('Gender', 'Male')}</tr>
<tr>{c('Account / MRN', f['patient_mrn'])}{c('Home phone', P(f['patient_phone'], 'dash'))}{c('Address', '418 Western Ave, Chillicothe, OH 45601', 2)}</tr>
<tr>{c('Insurance', f['insurance_payer'], 2)}{c('Subscriber ID', f['insurance_member_id'])}{c('Group', '221870-OH')}</tr>
<tr>{c('Guarantor', 'Self')}{c('Guarantor phone', P(f['patient_phone'], 'dash'))}{c('Emergency contact', 'Lena Hollis (wife) ' + P('7407758816', 'dash'), 2)}</tr></table>
<div class="sec">Referring provider</div>
<table class="g"><tr>{c('Name', 'Meenakshi Iyer, MD', 2)}{c('NPI', f['referring_npi'])}{c('Department', 'Internal Medicine')}</tr>
<tr>{c('Office phone', P(f['referring_phone'], 'dash'))}{c('Office fax', P(f['referring_fax'], 'dash'))}{c('Address', '1820 Hospital Dr, Suite 300, Chillicothe, OH 45601', 2)}</tr></table>
<div class="sec">Referred to</div>
<table class="g"><tr>{c('Specialty', 'Endocrinology')}{c('Physician', 'Thomas Albrecht, DO')}{c('Practice', 'Endocrinology Associates of Central Ohio', 2)}</tr>
<tr>{c('Phone', P('6145669000', 'dash'))}{c('Fax', P('6145669021', 'dash'))}{c('Address', '3545 Olentangy River Rd, Columbus, OH 43214', 2)}</tr></table>
<div class="sec">Referral</div>
<table class="g"><tr>{c('Referral date', D(f['referral_date'], 'us_dash'))}{c('Visit type', 'Consult and treat')}{c('Number of visits', '3')}{c('Referral #', 'SVM-0908-7731')}</tr>
<tr>{c('Diagnoses (ICD-10)', 'E04.1 &ndash; Nontoxic single thyroid nodule<br>R94.6 &ndash; Abnormal results of thyroid function studies', 4)}</tr>
<tr>{c('Reason for referral', esc(f['reason']), 4)}</tr>
<tr>{c('Attachments', 'Thyroid US report 08/27/2026; TSH/FT4 results; office note 08/31/2026', 4)}</tr></table>
<div style="margin-top:24px;display:flex;gap:0.4in"><div style="flex:2;border-top:1px solid #000;padding-top:2px">Referring provider signature: <i>e-signed Meenakshi Iyer, MD</i></div><div style="flex:1;border-top:1px solid #000;padding-top:2px">Date: {D('2026-09-08', 'us_dash')}</div></div>
{foot(2)}
</div></div>

<div class="sheet"><div class="inner note">
<div class="ph"><b>Scioto Valley Multispecialty Group &ndash; Internal Medicine</b><span>Office Visit Note</span></div>
<p style="margin-top:6px"><b>Patient:</b> Hollis, Dwayne R &nbsp;&nbsp; <b>DOB:</b> {D(f['patient_dob'], 'us')} &nbsp;&nbsp; <b>MRN:</b> {f['patient_mrn']}
&nbsp;&nbsp; <b>Date of service:</b> {D('2026-08-31', 'us')}<br><b>Provider:</b> Meenakshi Iyer, MD &nbsp;&nbsp; <b>Visit type:</b> Follow-up, 25 min</p>
<h3>Chief Complaint</h3><p>Follow-up of thyroid ultrasound and labs; fatigue, heat intolerance.</p>
<h3>History of Present Illness</h3><p>61 y/o male with HTN, hyperlipidemia and GERD. Neck ultrasound ordered for a palpable
right thyroid nodule shows a 2.3 x 1.8 cm solid isoechoic nodule (TI-RADS 3). TSH 0.08 mIU/L (low), free T4 1.9 ng/dL (high-normal).
Reports 6 lb weight loss over 2 months and occasional palpitations. No dysphagia, no voice change.</p>
<h3>Vitals</h3>
<table class="vit"><tr><td>BP</td><td>Pulse</td><td>Temp</td><td>Resp</td><td>SpO2</td><td>Weight</td><td>Height</td><td>BMI</td></tr>
<tr><td>142/88</td><td>96</td><td>98.4 &deg;F</td><td>16</td><td>98%</td><td>201 lb</td><td>5&prime; 11&Prime;</td><td>28.0</td></tr></table>
<h3>Exam</h3><p>Right thyroid lobe nodule, firm, non-tender, moves with swallowing. No lymphadenopathy. Fine tremor of outstretched hands.
Heart regular, mildly tachycardic. Lungs clear.</p>
<h3>Assessment and Plan</h3>
<p>1. Thyroid nodule with low TSH &ndash; E04.1. Likely autonomous nodule. Refer to endocrinology. Start propranolol 10 mg TID prn palpitations.<br>
2. Essential hypertension &ndash; I10. Above goal; continue amlodipine 10 mg, recheck 4 weeks.<br>
3. Hyperlipidemia, unspecified &ndash; E78.5. Continue atorvastatin 40 mg.<br>
4. Gastro-esophageal reflux disease without esophagitis &ndash; K21.9. Stable on omeprazole.<br>
Return in 4 weeks.</p>
<p style="margin-top:18px">Electronically signed: Meenakshi Iyer, MD &nbsp; {D('2026-08-31', 'us')} 17:40</p>
{foot(3)}
</div></div>"""
    return dict(html=page("NB02", css, body), fields=f, pages=3, urgency_printed=False,
                kind="multispecialty_three_page_packet_cover_referral_form_visit_note_to_endocrinology",
                mode="standard",
                fax=dict(when="SEP-08-2026 15:06", name="SCIOTO VALLEY MSG", number=f["referring_fax"],
                         to="6145669021", fmt="b"))


# ====================================================================== NB03
def nb03():
    """Southern California IPA / managed-care 'Request for Specialty Referral': Member Information and
    PCP Information blocks, checkbox priority, plan-use-only box."""
    f = {
        "patient_last_name": "Ybarra-Contreras",
        "patient_first_name": "Luis",
        "patient_dob": "1979-02-11",
        "patient_sex": "M",
        "patient_phone": "9093874612",
        "insurance_payer": "Health Net of California",
        "insurance_member_id": "R0048827135",
        "referring_provider": "Grace Whitfield-Nakamura",
        "referring_npi": npi("119475832"),
        "referring_phone": "9094812700",
        "referring_fax": "9094812745",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Marcus Oduya",
        "diagnosis_codes": ["S83.241A", "M25.561"],
        "reason": "Acute right knee injury playing soccer 2 weeks ago with locking and effusion; MRI shows medial "
                  "meniscus bucket-handle tear. Evaluate for arthroscopic repair.",
        "urgency": "urgent",
        "referral_date": "2026-10-02",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Helvetica, sans-serif; font-size: 9.5pt; }
.top { display:flex; justify-content:space-between; align-items:center; }
.logo { font-size:14pt; font-weight:bold; border:2px solid #000; padding:4px 8px; }
.logo small { display:block; font-size:8pt; font-weight:normal; }
.ttl { text-align:right; }
.ttl .a { font-size:15pt; font-weight:bold; }
.ttl .b { font-size:8.5pt; }
.note { font-size:8pt; margin:6px 0; border:1px solid #000; padding:3px 5px; }
.blk { border:1.5px solid #000; margin-top:7px; }
.blk .h { background:#000; color:#fff; font-weight:bold; padding:2px 6px; font-size:9.5pt; }
.row { display:flex; border-top:1px solid #000; }
.row:first-of-type { border-top:none; }
.f { flex:1; padding:2px 5px 3px 5px; border-left:1px solid #000; min-height:0.36in; }
.f:first-child { border-left:none; }
.f i { display:block; font-style:normal; font-size:7pt; text-transform:uppercase; }
.pri { padding:5px 6px; }
.pri span.o { margin-right:0.3in; }
.plan { margin-top:8px; border:2px dashed #000; padding:5px; font-size:8.5pt; }
.plan .row { border-top:none; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    def fld(lab, v, flex=1):
        return f'<div class="f" style="flex:{flex}"><i>{lab}</i>{v}</div>'
    body = f"""
<div class="sheet"><div class="inner">
<div class="top"><div class="logo">INLAND EMPIRE PHYSICIANS IPA<small>Utilization Management Dept. &middot; UM Fax {P('9094819950')} &middot; UM Phone {P('9094819900')}</small></div>
<div class="ttl"><div class="a">Request for Specialty Referral</div><div class="b">Form UM-104 (rev. 03/2026)</div></div></div>
<div class="note">Submit to IPA UM by fax. Routine requests are decided within 5 business days; urgent within 72 hours.
Attach chart notes and imaging. Incomplete requests will be returned.</div>
<div class="blk"><div class="h">MEMBER INFORMATION</div>
<div class="row">{fld('Member name (first, middle, last)', 'Luis Alberto Ybarra-Contreras', 3)}{fld('Date of birth', D(f['patient_dob'], 'us'))}{fld('Gender', 'M')}</div>
<div class="row">{fld('Health plan', f['insurance_payer'], 2)}{fld('Member ID #', f['insurance_member_id'], 1.4)}{fld('Eligibility verified', 'Yes &ndash; ' + D('2026-10-02', 'us'), 1.4)}</div>
<div class="row">{fld('Address', '9215 Foothill Blvd Apt 12, Rancho Cucamonga, CA 91730', 3)}{fld('Member phone', P(f['patient_phone'], 'paren_nosp'), 1.3)}</div>
</div>
<div class="blk"><div class="h">PCP INFORMATION (REQUESTING PROVIDER)</div>
<div class="row">{fld('PCP name', 'Grace Whitfield-Nakamura, MD', 2)}{fld('PCP NPI', f['referring_npi'])}{fld('Medical group', 'Cucamonga Family Health Center')}</div>
<div class="row">{fld('PCP phone', P(f['referring_phone'], 'paren_nosp'))}{fld('PCP fax', P(f['referring_fax'], 'paren_nosp'))}{fld('Office contact', 'Yesenia R. (referrals)')}{fld('Office address', '10630 Town Center Dr, Rancho Cucamonga, CA 91730', 1.6)}</div>
</div>
<div class="blk"><div class="h">SPECIALIST / SERVICE REQUESTED</div>
<div class="row">{fld('Specialty', 'Orthopedic Surgery')}{fld('Specialist name', 'Marcus Oduya, MD', 1.2)}{fld('Specialist NPI', npi('160358871'))}{fld('Specialist phone', P('9099896200', 'paren_nosp'))}</div>
<div class="row">{fld('Facility', 'Upland Orthopedic &amp; Sports Medicine, 1148 San Bernardino Rd, Upland, CA 91786', 3)}{fld('Specialist fax', P('9099896211', 'paren_nosp'))}</div>
<div class="row">{fld('Service requested', 'Consult and treat', 1.2)}{fld('No. of visits', '2')}{fld('CPT (if known)', '99204; 29882', 1)}{fld('Place of service', 'Office (11)')}</div>
</div>
<div class="blk"><div class="h">DIAGNOSIS / CLINICAL INFORMATION</div>
<div class="row">{fld('Primary ICD-10', 'S83.241A &ndash; Other tear of medial meniscus, current injury, right knee, initial encounter', 3)}</div>
<div class="row">{fld('Secondary ICD-10', 'M25.561 &ndash; Pain in right knee', 3)}</div>
<div class="row">{fld('Clinical justification / reason for request', esc(f['reason']), 3)}</div>
<div class="row"><div class="f pri"><i>Priority</i><span class="o">{box(False)} Routine</span><span class="o">{box(True)} Urgent</span><span class="o">{box(False)} STAT / Retro</span></div>
{fld('Date of request', D(f['referral_date'], 'us'))}</div>
</div>
<div style="margin-top:14px;display:flex;gap:0.3in"><div style="flex:2;border-top:1px solid #000">Requesting provider signature</div><div style="flex:1;border-top:1px solid #000">Date</div></div>
<div class="plan"><b>FOR IPA USE ONLY</b>
<div class="row">{fld('Auth #', '&nbsp;')}{fld('Decision', box(False) + ' Approved ' + box(False) + ' Modified ' + box(False) + ' Denied', 2)}{fld('Reviewer', '&nbsp;')}{fld('Valid through', '&nbsp;')}</div></div>
<div class="ft"><span>IEP IPA &middot; UM-104</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NB03", css, body), fields=f, pages=1,
                kind="managed_care_request_for_specialty_referral_member_and_pcp_blocks_to_orthopedics",
                mode="fine",
                fax=dict(when="Oct 02 2026 11:27AM", name="CUCAMONGA FHC", number=f["referring_fax"],
                         to="9094819950", fmt="c"))


# ====================================================================== NB04
def nb04():
    """Georgia hospital outpatient clinic: patient section with Last Name / First Name / M.I. header cells
    and values in the row below; guarantor block; STAT checkbox."""
    f = {
        "patient_last_name": "Washington",
        "patient_first_name": "Cordelia",
        "patient_dob": "1949-07-14",
        "patient_sex": "F",
        "patient_phone": "7063248850",
        "patient_mrn": "M000731845",
        "insurance_payer": "Peach State Health Plan",
        "insurance_member_id": "PSH882047716",
        "referring_provider": "Everett Lindqvist",
        "referring_npi": npi("128847305"),
        "referring_phone": "7065716300",
        "referring_fax": "7065716342",
        "referred_to_specialty": "nephrology",
        "referred_to_provider": "Oluwaseun Adeyemi",
        "diagnosis_codes": ["N17.9", "N18.4"],
        "reason": "Creatinine up from 2.1 to 3.4 mg/dL over 3 weeks with potassium 5.8 on lisinopril; needs nephrology "
                  "evaluation within 24 hours.",
        "urgency": "stat",
        "referral_date": "2026-11-17",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.hd { text-align:center; border-bottom:2px solid #000; padding-bottom:4px; }
.hd .n { font-size:13pt; font-weight:bold; }
.hd .s { font-size:9pt; }
h1 { text-align:center; font-size:13pt; margin:8px 0 6px 0; text-decoration:underline; }
table.f { width:100%; border:1.5px solid #000; margin-top:6px; table-layout:fixed; }
table.f td { border:1px solid #000; padding:2px 5px; height:0.26in; }
table.f tr.lab td { font-size:7.5pt; font-weight:bold; height:auto; padding:1px 5px; border-bottom:none; }
table.f tr.lab + tr td { border-top:none; }
table.f tr.sec td { background:#000; color:#fff; font-weight:bold; font-size:9.5pt; }
.pri { font-size:10.5pt; }
.pri > span { margin-right:0.3in; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    def lab(*cells):
        return '<tr class="lab">' + "".join(f'<td colspan="{s}">{t}</td>' for t, s in cells) + '</tr>'

    def val(*cells):
        return '<tr>' + "".join(f'<td colspan="{s}">{t}</td>' for t, s in cells) + '</tr>'
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Chattahoochee Regional Medical Center</div>
<div class="s">Outpatient Internal Medicine Clinic &middot; 2100 Warm Springs Rd, Columbus, GA 31904<br>
Hospital Operator {P('7065716000', 'dash')} &middot; Clinic {P(f['referring_phone'], 'dash')} &middot; Clinic Fax {P(f['referring_fax'], 'dash')}</div></div>
<h1>OUTPATIENT CONSULTATION / REFERRAL REQUEST</h1>
<table class="f">
<tr class="sec"><td colspan="8">PATIENT</td></tr>
{lab(('Last Name', 3), ('First Name', 2), ('M.I.', 1), ('Date of Birth', 1), ('Sex', 1))}
{val(('WASHINGTON', 3), ('CORDELIA', 2), ('J', 1), (D(f['patient_dob'], 'us'), 1), ('F', 1))}
{lab(('Street Address', 3), ('City', 2), ('State', 1), ('ZIP', 1), ('MRN', 1))}
{val(('3307 Buena Vista Rd', 3), ('Columbus', 2), ('GA', 1), ('31906', 1), (f['patient_mrn'], 1))}
{lab(('Home Phone', 2), ('Work Phone', 2), ('Primary Insurance', 2), ('Member / Policy #', 2))}
{val((P(f['patient_phone']), 2), ('&nbsp;', 2), (f['insurance_payer'], 2), (f['insurance_member_id'], 2))}
<tr class="sec"><td colspan="8">GUARANTOR / RESPONSIBLE PARTY</td></tr>
{lab(('Name', 3), ('Relationship', 2), ('Phone', 3))}
{val(('Denise Washington-Bell', 3), ('Daughter', 2), (P('7069414127'), 3))}
<tr class="sec"><td colspan="8">REFERRING PHYSICIAN</td></tr>
{lab(('Name', 2), ('NPI', 2), ('Phone', 2), ('Fax', 2))}
{val(('Everett Lindqvist, MD', 2), (f['referring_npi'], 2), (P(f['referring_phone']), 2), (P(f['referring_fax']), 2))}
<tr class="sec"><td colspan="8">CONSULTANT</td></tr>
{lab(('Specialty', 2), ('Consulting Physician', 2), ('Phone', 2), ('Fax', 2))}
{val(('Nephrology', 2), ('Oluwaseun Adeyemi, MD', 2), (P('7063205580'), 2), (P('7063205589'), 2))}
<tr class="sec"><td colspan="8">REQUEST</td></tr>
{lab(('ICD-10 Code', 2), ('Diagnosis Description', 6))}
{val(('N17.9', 2), ('Acute kidney failure, unspecified', 6))}
{val(('N18.4', 2), ('Chronic kidney disease, stage 4 (severe)', 6))}
{lab(('Reason for Consultation', 8))}
<tr><td colspan="8" style="height:0.55in;vertical-align:top">{esc(f['reason'])}</td></tr>
{lab(('Priority', 5), ('Date of Request', 3))}
<tr><td colspan="5" class="pri"><span>{box(False)}Routine</span><span>{box(False)}Urgent</span><span>{box(True)}STAT</span></td><td colspan="3">{D(f['referral_date'], 'us')}</td></tr>
{lab(('Type of Consult', 4), ('Transportation', 4))}
{val((box(True) + 'Consult &amp; Treat &nbsp; ' + box(False) + 'Consult Only', 4), ('Family (daughter)', 4))}
</table>
<div style="margin-top:20px;display:flex;gap:0.35in"><div style="flex:2;border-top:1px solid #000;font-size:8.5pt">Physician Signature</div>
<div style="flex:1;border-top:1px solid #000;font-size:8.5pt">Date / Time</div></div>
<div class="ft"><span>CRMC Form 22-118 &middot; Date printed {D('2026-11-17', 'us')}</span><span>White: Consultant &middot; Yellow: Chart</span></div>
</div></div>"""
    return dict(html=page("NB04", css, body), fields=f, pages=1,
                kind="hospital_outpatient_consult_request_last_first_mi_cells_values_below_to_nephrology",
                mode="standard",
                fax=dict(when="11/17/2026 14:02", name="CRMC OP INT MED", number=f["referring_fax"],
                         to="7063205589", fmt="d"))


# ====================================================================== NB05
def nb05():
    """Washington State community health center: every date printed MM/DD/YYYY with the format hint in
    the label; underlined fill-in lines; serif (Century Schoolbook)."""
    f = {
        "patient_last_name": "Ochoa",
        "patient_first_name": "Graciela",
        "patient_dob": "1971-09-30",
        "patient_sex": "F",
        "patient_phone": "5094527719",
        "patient_mrn": "208817",
        "insurance_payer": "Premera Blue Cross",
        "insurance_member_id": "YPW901276344",
        "referring_provider": "Harriet Solberg",
        "referring_npi": npi("145762299"),
        "referring_phone": "5094521160",
        "referring_fax": "5094521199",
        "referred_to_specialty": "rheumatology",
        "diagnosis_codes": ["M06.9", "R76.8"],
        "reason": "Symmetric small joint synovitis of both hands with morning stiffness over 1 hour, positive CCP "
                  "antibody; evaluate for rheumatoid arthritis and start DMARD.",
        "urgency": "routine",
        "referral_date": "2026-10-21",
    }
    css = """
body { font-family: 'C059', 'Century Schoolbook L', serif; font-size: 10.5pt; }
.hd { display:flex; justify-content:space-between; border-bottom:1px solid #000; padding-bottom:4px; }
.hd .n { font-size:13pt; font-weight:bold; }
h1 { font-size:14pt; margin:10px 0 2px 0; text-align:center; }
.inst { text-align:center; font-size:8.5pt; font-style:italic; margin-bottom:8px; }
.sec { font-weight:bold; margin:11px 0 3px 0; font-size:10.5pt; border-bottom:2px solid #000; }
.ln { display:flex; gap:0.15in; margin:6px 0 0 0; align-items:flex-end; }
.ln .x { display:flex; align-items:flex-end; }
.ln .x b { font-weight:normal; white-space:nowrap; margin-right:4px; font-size:9.5pt; }
.ln .x span { border-bottom:1px solid #000; flex:1; padding:0 4px; min-height:1.2em; white-space:nowrap; }
.rs { border-bottom:1px solid #000; padding:0 4px; line-height:1.5; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }
"""
    def x(lab, v, w):
        return f'<div class="x" style="flex:{w}"><b>{lab}</b><span>{v}</span></div>'
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Yakima Valley Family Health Center</div>
<div style="font-size:9pt">Community Health Center &middot; 602 W Nob Hill Blvd, Yakima, WA 98902</div></div>
<div style="text-align:right;font-size:9pt">Appointments {P('5094521100', 'dot')}<br>Referrals Fax {P(f['referring_fax'], 'dot')}</div></div>
<h1>Outside Specialty Referral</h1>
<div class="inst">Please print clearly. Enter all dates as MM/DD/YYYY.</div>
<div class="sec">Patient</div>
<div class="ln">{x('Patient Name (Last, First, MI):', 'OCHOA, GRACIELA T', 3)}{x('Patient #:', f['patient_mrn'], 1)}</div>
<div class="ln">{x('Date of Birth (MM/DD/YYYY):', D(f['patient_dob'], 'us'), 1.6)}{x('Sex (M/F):', 'F', 0.7)}{x('Phone:', P(f['patient_phone'], 'dot'), 1.5)}</div>
<div class="ln">{x('Insurance:', f['insurance_payer'], 1.6)}{x('Subscriber ID:', f['insurance_member_id'], 1.5)}</div>
<div class="ln">{x('Emergency Contact / Phone:', 'Ruben Ochoa ' + P('5094528034', 'dot'), 1)}</div>
<div class="sec">Referring Clinician</div>
<div class="ln">{x('Name:', 'Harriet Solberg, ARNP', 1.5)}{x('NPI:', f['referring_npi'], 1)}</div>
<div class="ln">{x('Direct Phone:', P(f['referring_phone'], 'dot'), 1)}{x('Fax:', P(f['referring_fax'], 'dot'), 1)}{x('Site:', 'Nob Hill Clinic', 1)}</div>
<div class="sec">Referred To</div>
<div class="ln">{x('Specialty:', 'Rheumatology', 1)}{x('Clinic:', 'Central Washington Arthritis Center', 1.6)}</div>
<div class="ln">{x('Provider:', 'Next available', 1)}{x('Phone:', P('5095753300', 'dot'), 0.9)}{x('Fax:', P('5095753319', 'dot'), 0.9)}</div>
<div class="sec">Referral</div>
<div class="ln">{x('Referral Date (MM/DD/YYYY):', D(f['referral_date'], 'us'), 1)}{x('Priority:', 'Routine', 0.8)}{x('Last Visit (MM/DD/YYYY):', D('2026-10-16', 'us'), 1)}</div>
<div class="ln">{x('ICD-10 (1):', 'M06.9 Rheumatoid arthritis, unspecified', 1)}</div>
<div class="ln">{x('ICD-10 (2):', 'R76.8 Other specified abnormal immunological findings in serum', 1)}</div>
<div style="margin-top:8px;font-size:9.5pt">Reason for Referral:</div>
<div class="rs">{esc(f['reason'])}</div>
<div style="margin-top:8px;font-size:9.5pt">Pertinent labs:</div>
<div class="rs">CCP Ab 86 U/mL (pos), RF 42 IU/mL, ESR 38 mm/hr, CRP 1.6 mg/dL &mdash; collected {D('2026-10-16', 'us')}. Hand X-rays pending.</div>
<div class="sec">Authorization</div>
<div class="ln">{x('Clinician Signature:', '<i>Harriet Solberg, ARNP</i>', 2)}{x('Date (MM/DD/YYYY):', D('2026-10-21', 'us'), 1)}</div>
<div class="ln">{x('Prior Auth # (if required):', '&nbsp;', 1)}{x('Scheduled Appt (MM/DD/YYYY):', '&nbsp;', 1)}</div>
<div class="ft"><span>YVFHC-REF-02 &middot; Date Printed (MM/DD/YYYY): {D('2026-10-22', 'us')}</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NB05", css, body), fields=f, pages=1,
                kind="chc_outside_referral_mmddyyyy_format_hints_underlined_lines_to_rheumatology",
                mode="fine",
                fax=dict(when="10/22/2026 09:03", name="YVFHC REFERRALS", number=f["referring_fax"],
                         to="5095753319", fmt="e"))
