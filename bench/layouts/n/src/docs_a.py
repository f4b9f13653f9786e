"""NA01-NA05 document builders. Each returns dict(html, fields, pages, kind, mode, fax).

Theme of set N: referral forms of ordinary US practices as they are commonly faxed, each from a
different (fictional) practice and EHR and going to a different specialty.
"""
from common import npi, P, D, box, page, esc


def kv(label, value, cls="kv"):
    return f'<div class="{cls}"><b>{label}</b><span>{value}</span></div>'


# ====================================================================== NA01
def na01():
    """Internal medicine 'Referral Authorization' form: header block (practice / form title / auth no.),
    then two columns (Member | Provider), then a full-width request block. To gastroenterology."""
    f = {
        "patient_last_name": "Halloran",
        "patient_first_name": "Bridget",
        "patient_dob": "1971-08-22",
        "patient_sex": "F",
        "patient_phone": "6143397285",
        "patient_mrn": "MH-2290417",
        "insurance_payer": "Anthem Blue Cross Blue Shield",
        "insurance_member_id": "YRH448201936",
        "referring_provider": "Thomas Oyelaran",
        "referring_npi": npi("134871209"),
        "referring_phone": "6144552100",
        "referring_fax": "6144552188",
        "referred_to_specialty": "gastroenterology",
        "referred_to_provider": "Meera Kulkarni",
        "diagnosis_codes": ["K21.9", "R13.10", "D50.9"],
        "reason": "Progressive dysphagia to solids and iron deficiency anemia, long standing reflux on omeprazole. "
                  "Request EGD and colonoscopy.",
        "urgency": "urgent",
        "referral_date": "2026-09-14",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; }
.hdr { display:flex; border:2px solid #000; }
.hdr > div { padding:6px 8px; }
.hdr .l { flex:1.3; border-right:1px solid #000; line-height:1.35; }
.hdr .l .n { font-size:12.5pt; font-weight:bold; }
.hdr .m { flex:1.2; text-align:center; border-right:1px solid #000; }
.hdr .m .t { font-size:15pt; font-weight:bold; margin-top:8px; }
.hdr .r { flex:1; font-size:9pt; line-height:1.55; }
.cols { display:flex; border:1px solid #000; border-top:none; }
.cols > div { flex:1; padding:5px 8px 8px 8px; }
.cols > div + div { border-left:1px solid #000; }
.sh { font-weight:bold; font-size:10pt; text-transform:uppercase; border-bottom:1px solid #000; margin-bottom:4px; padding-bottom:1px; }
.kv { display:flex; margin:3px 0; line-height:1.3; }
.kv b { width:1.15in; flex:none; font-weight:normal; }
.kv span { font-weight:bold; }
.req { border:1px solid #000; border-top:none; padding:5px 8px 8px 8px; }
table.dx { width:100%; margin:3px 0 6px 0; }
table.dx td { padding:2px 4px; border-bottom:1px dotted #000; vertical-align:top; }
table.dx td.c { width:0.9in; font-weight:bold; }
.cbrow { margin:4px 0; }
.sig { display:flex; gap:0.4in; margin-top:22px; }
.sig > div { flex:1; border-top:1px solid #000; padding-top:2px; font-size:8.5pt; }
.note { font-size:8pt; margin-top:10px; border:1px dashed #000; padding:4px 6px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="hdr">
 <div class="l"><div class="n">Scioto Valley Internal Medicine</div>
  3840 Olentangy River Rd, Ste 210<br>Columbus, OH 43214<br>Main {P('6144552000', 'dash')}</div>
 <div class="m"><div class="t">Referral Authorization</div><div style="font-size:8.5pt;margin-top:4px">Outpatient Specialty Services</div></div>
 <div class="r">Auth / Ref #: <b>SV-091426-0117</b><br>Date of Referral: <b>{D(f['referral_date'], 'us')}</b><br>
  Valid through: {D('2027-03-14', 'us')}<br>Visits authorized: 3</div>
</div>
<div class="cols">
 <div><div class="sh">Member Information</div>
 {kv('Member Name:', 'Halloran, Bridget E.')}
 {kv('Birth Date:', D(f['patient_dob'], 'us'))}
 {kv('Gender:', 'F')}
 {kv('Chart #:', f['patient_mrn'])}
 {kv('Home Phone:', P(f['patient_phone'], 'dash'))}
 {kv('Address:', '1187 Chambers Rd<br>Columbus, OH 43212')}
 {kv('Health Plan:', f['insurance_payer'])}
 {kv('Member ID:', f['insurance_member_id'])}
 {kv('Group #:', '0047712')}
 </div>
 <div><div class="sh">Requesting Provider</div>
 {kv('Referred by:', 'Thomas Oyelaran, MD')}
 {kv('Provider NPI:', f['referring_npi'])}
 {kv('Office Phone:', P(f['referring_phone'], 'dash'))}
 {kv('Office Fax:', P(f['referring_fax'], 'dash'))}
 <div class="sh" style="margin-top:8px">Referred To</div>
 {kv('Specialist:', 'Meera Kulkarni, MD')}
 {kv('Specialty:', 'Gastroenterology')}
 {kv('Facility:', 'Capital City GI Associates')}
 {kv('Phone / Fax:', P('6142918800', 'dash') + ' / ' + P('6142918815', 'dash'))}
 {kv('Specialist NPI:', npi('176540923'))}
 </div>
</div>
<div class="req"><div class="sh">Services Requested</div>
 <div class="cbrow">Type of service: {box(True)} Consult &amp; treat &nbsp; {box(False)} Consult only &nbsp; {box(True)} Procedure &nbsp; {box(False)} Second opinion</div>
 <div class="cbrow">Priority: {box(False)} Routine &nbsp; {box(True)} Urgent &nbsp; {box(False)} Emergent / STAT</div>
 <div style="margin-top:6px"><b>ICD-10 Code(s)</b></div>
 <table class="dx">
  <tr><td class="c">K21.9</td><td>Gastro-esophageal reflux disease without esophagitis</td></tr>
  <tr><td class="c">R13.10</td><td>Dysphagia, unspecified</td></tr>
  <tr><td class="c">D50.9</td><td>Iron deficiency anemia, unspecified</td></tr>
 </table>
 {kv('Reason for Referral:', '<span style="font-weight:normal">' + esc(f['reason']) + '</span>')}
 {kv('Pertinent Hx:', '<span style="font-weight:normal">Hgb 9.8 on ' + D('2026-09-02', 'us') + ', ferritin 6. No prior endoscopy. Mother with colon cancer at 62.</span>')}
 {kv('Attachments:', '<span style="font-weight:normal">Labs, last 2 office notes, medication list</span>')}
 <div class="sig"><div>Referring Provider Signature</div><div>Date</div><div>Authorization approved by (plan use only)</div></div>
</div>
<div class="note">This authorization is not a guarantee of payment. Eligibility must be verified on the date of service.
Questions regarding this referral: call our referral coordinator at {P('6144552140', 'dash')}.</div>
<div class="ft"><span>SVIM Form RA-3 rev. 02/2025 &middot; Generated by PracticeFusionPoint</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NA01", css, body), fields=f, pages=1,
                kind="referral_authorization_form_header_block_two_columns_internal_medicine_to_gastroenterology",
                mode="standard",
                fax=dict(when="09/14/2026 15:42", name="SCIOTO VALLEY IM", number=f["referring_fax"],
                         to="6142918815", fmt="a"))


# ====================================================================== NA02
def na02():
    """A pulmonary practice's own pre-printed 'New Patient Referral Form' that the PCP filled in:
    serif pre-printed labels, typed (monospace) values sitting on underlines."""
    f = {
        "patient_last_name": "Castillo-Reyes",
        "patient_first_name": "Joaquin",
        "patient_dob": "1958-02-03",
        "patient_sex": "M",
        "patient_phone": "3056627140",
        "patient_mrn": "A00778154",
        "insurance_payer": "Humana Gold Plus HMO",
        "insurance_member_id": "H38816047",
        "referring_provider": "Lisette Moreau",
        "referring_npi": npi("162093387"),
        "referring_phone": "3052274410",
        "referring_fax": "3052274419",
        "referred_to_specialty": "pulmonology",
        "referred_to_provider": "Harold Brandt",
        "diagnosis_codes": ["J44.1", "R91.1"],
        "reason": "COPD with two exacerbations this year and a new 9 mm right upper lobe nodule on CT. "
                  "Please evaluate, PFTs and nodule follow up.",
        "urgency": "routine",
        "referral_date": "2026-10-06",
    }
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10.5pt; }
.lh { display:flex; align-items:flex-end; justify-content:space-between; border-bottom:3px double #000; padding-bottom:4px; }
.lh .n { font-size:17pt; font-weight:bold; font-variant:small-caps; }
.lh .a { font-size:8.5pt; text-align:right; line-height:1.3; white-space:nowrap; }
h1 { text-align:center; font-size:14pt; margin:10px 0 2px 0; letter-spacing:1px; }
.ins { text-align:center; font-size:9pt; font-style:italic; margin-bottom:6px; }
.sec { font-weight:bold; font-size:10.5pt; margin:10px 0 2px 0; text-decoration:underline; }
.ln { display:flex; align-items:flex-end; margin:5px 0; white-space:nowrap; }
.ln .lb { flex:none; margin-right:4px; }
.ln .v { flex:1; border-bottom:1px solid #000; font-family:'Liberation Mono','Courier New',monospace; font-size:10pt; padding-left:4px; margin-right:10px; min-height:14px; }
.ln .v.w1 { flex:0 0 1.3in; } .ln .v.w2 { flex:0 0 0.6in; }
.box { border:1px solid #000; min-height:0.55in; padding:3px 5px; font-family:'Liberation Mono',monospace; font-size:10pt; white-space:normal; }
.small { font-size:8.5pt; }
.off { border:1.5px solid #000; margin-top:12px; padding:4px 6px; font-size:9pt; }
.off .t { font-weight:bold; font-size:9pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; }
"""
    mono = lambda s: s  # values are already in .v spans
    body = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">Biscayne Pulmonary &amp; Sleep Associates</div>
<div class="a">Harold Brandt, MD, FCCP &middot; Yolanda Ferrer, MD &middot; Sandeep Batra, DO<br>
8950 SW 74th Ct, Suite 1400, Miami, FL 33156<br>
Tel {P('3056618200', 'dot')} &nbsp; New Patient Fax {P('3056618299', 'dot')}</div></div>
<h1>NEW PATIENT REFERRAL FORM</h1>
<div class="ins">Please complete all sections and fax with recent notes, imaging and PFTs to {P('3056618299', 'dot')}</div>

<div class="sec">Patient</div>
<div class="ln"><span class="lb">Patient Name</span><span class="v">Castillo-Reyes, Joaquin M.</span>
<span class="lb">Sex</span><span class="v w2">M</span></div>
<div class="ln"><span class="lb">Date of Birth</span><span class="v w1">{D(f['patient_dob'], 'mmddyy_dash')}</span>
<span class="lb">Acct #</span><span class="v">{f['patient_mrn']}</span>
<span class="lb">Language</span><span class="v">Spanish</span></div>
<div class="ln"><span class="lb">Address</span><span class="v">14420 SW 88th St, Apt 3B, Miami FL 33186</span></div>
<div class="ln"><span class="lb">Cell</span><span class="v">{P(f['patient_phone'], 'dot')}</span>
<span class="lb">Alt. phone / contact</span><span class="v">daughter Ana {P('3056627733', 'dot')}</span></div>

<div class="sec">Insurance</div>
<div class="ln"><span class="lb">Insurance Co.</span><span class="v">{f['insurance_payer']}</span>
<span class="lb">ID #</span><span class="v">{f['insurance_member_id']}</span></div>
<div class="ln"><span class="lb">Secondary</span><span class="v"></span>
<span class="lb">Auth / Referral #</span><span class="v">HUM7730215</span></div>

<div class="sec">Referring Office</div>
<div class="ln"><span class="lb">Referring Physician</span><span class="v">Lisette Moreau, MD</span>
<span class="lb">NPI</span><span class="v w1">{f['referring_npi']}</span></div>
<div class="ln"><span class="lb">Practice</span><span class="v">Coral Way Family Practice</span>
<span class="lb">Contact person</span><span class="v">Yesenia</span></div>
<div class="ln"><span class="lb">Phone</span><span class="v">{P(f['referring_phone'], 'paren')}</span>
<span class="lb">Fax</span><span class="v">{P(f['referring_fax'], 'paren')}</span></div>

<div class="sec">Referral</div>
<div class="ln"><span class="lb">Physician requested</span><span class="v">Dr. Harold Brandt</span>
<span class="lb">Date</span><span class="v w1">{D(f['referral_date'], 'mmddyy_dash')}</span></div>
<div class="ln"><span class="lb">Diagnosis / ICD-10</span><span class="v">J44.1 COPD w/ acute exacerbation; R91.1 solitary pulm nodule</span></div>
<div class="ln" style="margin-bottom:1px"><span class="lb">Reason for visit</span></div>
<div class="box">{esc(f['reason'])}</div>
<div class="ln"><span class="lb">Services:</span>
<span class="small">{box(True)} Consultation {box(False)} Sleep study {box(True)} PFT {box(False)} 6MWT {box(False)} Bronchoscopy</span></div>
<div class="ln"><span class="lb">Is patient on home O2?</span><span class="small">{box(False)} Yes {box(True)} No</span>
<span class="lb" style="margin-left:14px">Smoker?</span><span class="small">{box(False)} Current {box(True)} Former {box(False)} Never</span></div>
<div class="ln"><span class="lb">Referring physician signature</span><span class="v" style="font-family:'Liberation Serif',serif;font-style:italic">L. Moreau MD</span></div>

<div class="off"><div class="t">FOR OFFICE USE ONLY</div>
Received: ________ &nbsp; Scheduled with: ______________ &nbsp; Appt date: ________ &nbsp; Pt notified: {box(False)}</div>
<div class="ft">BPSA-NPR-04 &nbsp;|&nbsp; Thank you for your referral. We will contact the patient within 2 business days.</div>
</div></div>"""
    return dict(html=page("NA02", css, body), fields=f, pages=1,
                kind="specialist_preprinted_new_patient_referral_form_typed_values_on_lines_family_practice_to_pulmonology",
                mode="fine", urgency_printed=False,
                fax=dict(when="10/06/26 11:08AM", name="CORAL WAY FP", number=f["referring_fax"],
                         to="3056618299", fmt="d"))


# ====================================================================== NA03
def na03():
    """EHR 'Outgoing Referral' printout: title bar, ruled sections, a Code | Description diagnosis table,
    second page with clinical summary, problem list and medications. To urology."""
    f = {
        "patient_last_name": "Pettigrew",
        "patient_first_name": "Lyle",
        "patient_dob": "1949-11-30",
        "patient_sex": "M",
        "patient_phone": "9192846613",
        "patient_mrn": "E4417720",
        "insurance_payer": "Medicare Part B",
        "insurance_member_id": "5TK4XN2PR88",
        "referring_provider": "Naomi Feldstein",
        "referring_npi": npi("188204716"),
        "referring_phone": "9197830450",
        "referring_fax": "9197830461",
        "referred_to_specialty": "urology",
        "referred_to_provider": "Curtis Abernathy",
        "diagnosis_codes": ["R97.20", "N40.1", "R35.1"],
        "reason": "PSA rising from 4.1 to 7.6 over 18 months with nocturia 3 to 4 times nightly. "
                  "Evaluate for prostate biopsy and manage BPH symptoms.",
        "urgency": "routine",
        "referral_date": "2026-12-01",
    }
    css = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9pt; }
.tb { background:#000; color:#fff; font-weight:bold; font-size:12pt; padding:4px 8px; display:flex; justify-content:space-between; }
.ph { display:flex; justify-content:space-between; font-size:8.5pt; margin:4px 0 6px 0; }
.sec { font-weight:bold; font-size:10pt; border-bottom:1.5px solid #000; margin:9px 0 4px 0; }
.g { display:grid; grid-template-columns: 1.25in 2.1in 1.15in 1fr; row-gap:3px; }
.g .l { color:#000; }
.g .v { font-weight:bold; }
table.dx { width:100%; border:1px solid #000; margin-top:3px; }
table.dx th { border:1px solid #000; background:#d0d0d0; text-align:left; padding:2px 5px; }
table.dx td { border:1px solid #000; padding:2px 5px; }
.txt { margin:3px 0; line-height:1.35; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; border-top:1px solid #000; padding-top:2px; display:flex; justify-content:space-between; }
ul { margin:2px 0 2px 18px; padding:0; }
li { margin:1px 0; }
"""
    ptbar = f"""<div class="ph"><span>PETTIGREW, LYLE R &nbsp; MRN: {f['patient_mrn']} &nbsp; DOB: {D(f['patient_dob'], 'us')}</span><span>Referral ID 7720-5513</span></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="tb"><span>Outgoing Referral</span><span style="font-size:9pt">Oak City Primary Care &middot; Raleigh</span></div>
{ptbar}
<div class="sec">Patient</div>
<div class="g">
 <span class="l">Name</span><span class="v">Pettigrew, Lyle R</span><span class="l">MRN</span><span class="v">{f['patient_mrn']}</span>
 <span class="l">DOB</span><span class="v">{D(f['patient_dob'], 'us')} (76 y)</span><span class="l">Sex</span><span class="v">Male</span>
 <span class="l">Phone</span><span class="v">{P(f['patient_phone'], 'paren_nosp')} (home)</span><span class="l">Work phone</span><span class="v">None</span>
 <span class="l">Address</span><span class="v" style="grid-column: span 3">602 Wade Ave, Raleigh NC 27605</span>
</div>
<div class="sec">Coverage</div>
<div class="g">
 <span class="l">Payer</span><span class="v">{f['insurance_payer']}</span><span class="l">Subscriber #</span><span class="v">{f['insurance_member_id']}</span>
 <span class="l">Secondary</span><span class="v">AARP Medicare Supplement</span><span class="l">Sec. ID</span><span class="v">38114027711</span>
</div>
<div class="sec">Referral</div>
<div class="g">
 <span class="l">Referral date</span><span class="v">{D(f['referral_date'], 'us')}</span><span class="l">Priority</span><span class="v">Routine</span>
 <span class="l">Type</span><span class="v">Consult and treat</span><span class="l">Visits</span><span class="v">4</span>
 <span class="l">Referred to</span><span class="v">Curtis Abernathy, MD</span><span class="l">Specialty</span><span class="v">Urology</span>
 <span class="l">Location</span><span class="v">Triangle Urology Group</span><span class="l">Phone / Fax</span><span class="v">{P('9198701200', 'paren_nosp')} / {P('9198701290', 'paren_nosp')}</span>
</div>
<div class="sec">Referring Provider</div>
<div class="g">
 <span class="l">Provider</span><span class="v">Naomi Feldstein, DO</span><span class="l">NPI</span><span class="v">{f['referring_npi']}</span>
 <span class="l">Office phone</span><span class="v">{P(f['referring_phone'], 'paren_nosp')}</span><span class="l">Office fax</span><span class="v">{P(f['referring_fax'], 'paren_nosp')}</span>
 <span class="l">Practice</span><span class="v" style="grid-column: span 3">Oak City Primary Care, 2110 Clark Ave, Raleigh NC 27605</span>
</div>
<div class="sec">Diagnoses</div>
<table class="dx"><tr><th style="width:1.1in">Code</th><th>Description</th><th style="width:0.9in">Primary</th></tr>
<tr><td>R97.20</td><td>Elevated prostate specific antigen [PSA]</td><td>Yes</td></tr>
<tr><td>N40.1</td><td>Benign prostatic hyperplasia with lower urinary tract symptoms</td><td></td></tr>
<tr><td>R35.1</td><td>Nocturia</td><td></td></tr></table>
<div class="sec">Reason for Referral</div>
<div class="txt">{esc(f['reason'])}</div>
<div class="sec">Scheduling</div>
<div class="txt">Patient to call to schedule. Prefers afternoons. Wife (Carol) may call on his behalf: {P('9192846620', 'paren_nosp')}.</div>
<div class="ft"><span>Printed {D('2026-12-01', 'us')} 16:05 by NFELDSTEIN &middot; Summit EHR v21.4</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<div class="tb"><span>Outgoing Referral (continued)</span><span style="font-size:9pt">Oak City Primary Care &middot; Raleigh</span></div>
{ptbar}
<div class="sec">Clinical Summary</div>
<div class="txt">76 y/o male seen {D('2026-11-24', 'us')} for annual wellness visit. Reports weak stream, frequency and nocturia
3 to 4 times nightly, IPSS 19. DRE: enlarged, smooth, no discrete nodule. Tamsulosin 0.4 mg started {D('2026-06-10', 'us')} with
partial benefit. No hematuria. No family history of prostate cancer.</div>
<div class="sec">PSA History</div>
<table class="dx"><tr><th>Date</th><th>PSA (ng/mL)</th><th>Lab</th></tr>
<tr><td>{D('2025-05-19', 'us')}</td><td>4.1</td><td>LabCorp</td></tr>
<tr><td>{D('2026-05-28', 'us')}</td><td>5.9</td><td>LabCorp</td></tr>
<tr><td>{D('2026-11-24', 'us')}</td><td>7.6</td><td>LabCorp</td></tr></table>
<div class="sec">Active Problem List</div>
<ul><li>Essential hypertension (I10)</li><li>Hyperlipidemia, unspecified (E78.5)</li><li>Benign prostatic hyperplasia with LUTS (N40.1)</li><li>Osteoarthritis of right knee (M17.11)</li></ul>
<div class="sec">Current Medications</div>
<ul><li>Tamsulosin 0.4 mg capsule, 1 PO at bedtime</li><li>Lisinopril 20 mg tablet, 1 PO daily</li><li>Atorvastatin 40 mg tablet, 1 PO daily</li><li>Acetaminophen 500 mg, 2 tabs PO q8h PRN</li></ul>
<div class="sec">Allergies</div>
<div class="txt">Sulfa antibiotics (rash)</div>
<div class="txt" style="margin-top:14px">Electronically signed: Naomi Feldstein, DO &nbsp; {D('2026-12-01', 'us')} 15:58</div>
<div class="ft"><span>Printed {D('2026-12-01', 'us')} 16:05 by NFELDSTEIN &middot; Summit EHR v21.4 &middot; CONFIDENTIAL</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NA03", css, p1 + p2), fields=f, pages=2,
                kind="ehr_outgoing_referral_printout_sections_code_description_dx_table_primary_care_to_urology",
                mode="standard",
                fax=dict(when="DEC-01-2026 16:07", name="OAK CITY PRIMARY CARE", number=f["referring_fax"],
                         to="9198701290", fmt="b"))


# ====================================================================== NA04
def na04():
    """Letter on letterhead ('Dear Dr. ...', 'Thank you for seeing ...') with a RE: identifiers block at the
    top. Endocrinology practice to ophthalmology. No urgency given."""
    f = {
        "patient_last_name": "Abernathy-Cole",
        "patient_first_name": "Denise",
        "patient_dob": "1966-05-07",
        "patient_sex": "F",
        "patient_phone": "5037719042",
        "patient_mrn": "0093318",
        "insurance_payer": "Providence Health Plan",
        "insurance_member_id": "PHP20419887301",
        "referring_provider": "Gregory Halvorsen",
        "referring_npi": npi("120938847"),
        "referring_phone": "5032248800",
        "referring_fax": "5032248817",
        "referred_to_specialty": "ophthalmology",
        "referred_to_provider": "Amelia Tran",
        "diagnosis_codes": ["E11.3293", "H25.13"],
        "reason": "Dilated eye examination for mild nonproliferative diabetic retinopathy found on retinal "
                  "photography, and worsening glare from cataracts.",
        "urgency": "routine",
        "referral_date": "2026-08-19",
    }
    css = """
body { font-family: 'Nimbus Roman', 'Liberation Serif', serif; font-size: 11pt; }
.lh { text-align:center; border-bottom:1px solid #000; padding-bottom:5px; }
.lh .n { font-size:18pt; letter-spacing:2px; }
.lh .s { font-size:9.5pt; font-style:italic; }
.lh .a { font-size:9pt; margin-top:2px; }
.date { margin-top:16px; }
.addr { margin-top:12px; line-height:1.3; }
.re { margin:14px 0 10px 0; border:1px solid #000; padding:5px 8px; display:grid; grid-template-columns: 0.9in 2.3in 1.1in 1fr; row-gap:2px; font-size:10pt; }
.re b { font-weight:bold; }
p { margin:0 0 9px 0; line-height:1.38; text-align:justify; }
.sig { margin-top:16px; line-height:1.3; }
.cc { margin-top:14px; font-size:9pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; border-top:1px solid #000; padding-top:2px; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">WILLAMETTE DIABETES &amp; ENDOCRINE CLINIC</div>
<div class="s">Gregory Halvorsen, M.D. &middot; Renata Szabo, M.D. &middot; Kelsey Ward, FNP-C</div>
<div class="a">1221 SW Yamhill St, Suite 500 &middot; Portland, Oregon 97205 &middot; Telephone {P(f['referring_phone'], 'dot')} &middot; Facsimile {P(f['referring_fax'], 'dot')}</div></div>
<div class="date">{D(f['referral_date'], 'long')}</div>
<div class="addr">Amelia Tran, M.D.<br>Comprehensive Ophthalmology<br>Rose City Eye Associates<br>9155 SW Barnes Rd, Suite 301<br>Portland, OR 97225<br>
Fax: {P('5032970145', 'dot')}</div>
<div class="re">
 <b>RE:</b><span>Denise L. Abernathy-Cole</span><b>DOB:</b><span>{D(f['patient_dob'], 'long')}</span>
 <b>Chart #:</b><span>{f['patient_mrn']}</span><b>Phone:</b><span>{P(f['patient_phone'], 'dot')}</span>
 <b>Insurance:</b><span>{f['insurance_payer']}</span><b>Member ID:</b><span>{f['insurance_member_id']}</span>
 <b>Dx:</b><span style="grid-column: span 3">E11.3293 Type 2 diabetes mellitus with mild nonproliferative diabetic retinopathy without macular edema, bilateral; H25.13 Age-related nuclear cataract, bilateral</span>
</div>
<p>Dear Dr. Tran,</p>
<p>Thank you for seeing Mrs. Abernathy-Cole, a 60 year old woman whom I follow for type 2 diabetes of about
fourteen years' duration. I am referring her to you for a dilated eye examination for mild nonproliferative diabetic retinopathy found on retinal photography, and worsening glare from cataracts.</p>
<p>Her most recent hemoglobin A1c was 8.1% on {D('2026-08-05', 'long')}, improved from 9.4% earlier this year after we
added semaglutide 0.5 mg weekly to metformin 1000 mg twice daily. Blood pressure today was 132/78. She reports
difficulty driving at night because of glare and halos, and her last eye examination was more than three years ago.
Retinal photographs taken in our office on {D('2026-08-12', 'long')} were read as showing scattered microaneurysms in both eyes.</p>
<p>Other history includes hypertension and hypothyroidism. Medications: metformin, semaglutide, lisinopril 10 mg,
levothyroxine 88 mcg. She has no known drug allergies.</p>
<p>I would appreciate your evaluation and recommendations, including whether cataract surgery should be considered
now or after her retinopathy has been staged. Please send your consultation note to my office by fax. The patient can be reached
at the number above; her husband, Martin, at {P('5037719050', 'dot')}.</p>
<p>With kind regards,</p>
<div class="sig"><i style="font-size:14pt">Gregory Halvorsen</i><br>Gregory Halvorsen, M.D.<br>Endocrinology<br>NPI {f['referring_npi']}</div>
<div class="cc">cc: Patient chart &middot; Primary care: Susan Petrakis, M.D., fax {P('5032301177', 'dot')}</div>
<div class="ft">Willamette Diabetes &amp; Endocrine Clinic &middot; Confidential patient information</div>
</div></div>"""
    return dict(html=page("NA04", css, body), fields=f, pages=1,
                kind="letter_on_letterhead_re_identifier_block_endocrinology_to_ophthalmology",
                mode="fine", urgency_printed=False,
                fax=dict(when="08/19/2026 14:21", name="WILLAMETTE ENDO", number=f["referring_fax"],
                         to="5032970145", fmt="g"))


# ====================================================================== NA05
def na05():
    """Boxed grid form: small upper-case labels sit above the values inside each box.
    Pediatric/adult clinic referral to otolaryngology, ICD codes printed without dots."""
    f = {
        "patient_last_name": "Whitaker",
        "patient_first_name": "Colton",
        "patient_dob": "1994-01-26",
        "patient_sex": "M",
        "patient_phone": "4055123376",
        "patient_mrn": "88104525",
        "insurance_payer": "BlueCross BlueShield of Oklahoma",
        "insurance_member_id": "ZGY900213458",
        "referring_provider": "Rachel Nakamura",
        "referring_npi": npi("145529036"),
        "referring_phone": "4058427700",
        "referring_fax": "4058427725",
        "referred_to_specialty": "otolaryngology",
        "referred_to_provider": "Vincent Oduya",
        "diagnosis_codes": ["H90.3", "H93.13"],
        "reason": "Gradual bilateral hearing loss with constant ringing in both ears for 8 months. "
                  "Works in oil field with heavy noise exposure. Audiogram and ENT evaluation.",
        "urgency": "routine",
        "referral_date": "2026-07-28",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.top { display:flex; justify-content:space-between; align-items:flex-end; margin-bottom:6px; }
.top .n { font-size:13pt; font-weight:bold; }
.top .a { font-size:8.5pt; line-height:1.3; }
.top .t { font-size:16pt; font-weight:bold; text-align:right; }
.band { background:#000; color:#fff; font-weight:bold; font-size:9pt; padding:2px 6px; margin-top:6px; letter-spacing:1px; }
table.g { width:100%; table-layout:fixed; }
table.g td { border:1px solid #000; vertical-align:top; padding:2px 5px 4px 5px; height:0.42in; }
table.g td i { display:block; font-style:normal; font-size:6.8pt; text-transform:uppercase; letter-spacing:0.3px; }
table.g td span.v { display:block; font-size:10.5pt; margin-top:2px; }
table.g td.tall { height:0.85in; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    def c(label, val, span=1, cls=""):
        return f'<td colspan="{span}" class="{cls}"><i>{label}</i><span class="v">{val}</span></td>'
    body = f"""
<div class="sheet"><div class="inner">
<div class="top"><div><div class="n">Red Dirt Family Health</div>
<div class="a">2700 NW 63rd St &middot; Oklahoma City OK 73116<br>Appointments {P('4058427700', 'paren')} &middot; Billing {P('4058427740', 'paren')}</div></div>
<div class="t">SPECIALTY REFERRAL</div></div>
<div class="band">PATIENT</div>
<table class="g"><tr>{c('Name (Last, First, MI)', 'WHITAKER, COLTON J', 3)}{c('Date of Birth', D(f['patient_dob'], 'us'))}{c('Sex', 'M')}</tr>
<tr>{c('Street Address', '4408 N Meridian Ave', 2)}{c('City / State / ZIP', 'Bethany, OK 73008', 1)}{c('Contact #', P(f['patient_phone'], 'paren'))}{c('MRN', f['patient_mrn'])}</tr>
<tr>{c('Primary Insurance', f['insurance_payer'], 2)}{c('Policy #', f['insurance_member_id'], 2)}{c('Group', '1Y7730')}</tr>
<tr>{c('Emergency Contact', 'Shelby Whitaker (wife)', 2)}{c('Emergency Contact Phone', P('4055123390', 'paren'), 2)}{c('Interpreter', 'No')}</tr></table>
<div class="band">REFERRING PROVIDER</div>
<table class="g"><tr>{c('Referring Physician', 'Rachel Nakamura, MD', 2)}{c('NPI', f['referring_npi'])}{c('Office Phone', P(f['referring_phone'], 'paren'))}{c('Office Fax', P(f['referring_fax'], 'paren'))}</tr></table>
<div class="band">REFERRED TO</div>
<table class="g"><tr>{c('Refer to', 'Vincent Oduya, MD', 2)}{c('Specialty', 'Otolaryngology (ENT)')}{c('Phone', P('4059512000', 'paren'))}{c('Fax', P('4059512015', 'paren'))}</tr>
<tr>{c('Practice / Location', 'Prairie ENT Associates &ndash; Edmond', 3)}{c('Referral Date', D(f['referral_date'], 'us'))}{c('Priority', 'Routine')}</tr></table>
<div class="band">CLINICAL</div>
<table class="g"><tr>{c('ICD-10 Code(s)', 'H903 &nbsp; H9313', 2)}{c('Diagnosis', 'Sensorineural hearing loss, bilateral; Tinnitus, bilateral', 3)}</tr>
<tr>{c('Reason for Referral', esc(f['reason']), 5, 'tall')}</tr>
<tr>{c('Tests Done', 'Whisper test abnormal bilaterally. TMs clear.', 3)}{c('Records Sent', 'Office note ' + D('2026-07-24', 'us'), 2)}</tr>
<tr>{c('Provider Signature', '<i style="font-size:12pt;text-transform:none;font-style:italic">R Nakamura</i>', 3)}{c('Date Signed', D('2026-07-28', 'us'), 2)}</tr></table>
<div class="ft"><span>RDFH-REF 11/2024 &middot; RidgeChart EHR 4.8</span><span>Pg 1/1</span></div>
</div></div>"""
    return dict(html=page("NA05", css, body), fields=f, pages=1,
                kind="boxed_grid_form_labels_above_values_family_health_to_otolaryngology",
                mode="standard",
                fax=dict(when="07/28/2026 10:02", name="RED DIRT FAMILY HLTH", number=f["referring_fax"],
                         to="4059512015", fmt="h"))
