# NS01-NS05
PAGE = "@page { size: letter; margin: 0.6in; }\n"

def ns01():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
""" + PAGE + """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; color:#000; }
.lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px double #000; padding-bottom:6px; }
.lh .name { font-family:'URW Bookman', serif; font-size:21pt; font-weight:bold; }
.lh .sub { font-size:9.5pt; }
.lh .right { text-align:right; font-size:9.5pt; line-height:1.35; }
h1 { text-align:center; font-size:15pt; letter-spacing:2px; margin:12px 0 4px; }
.note { text-align:center; font-size:9pt; font-style:italic; margin-bottom:10px; }
.row { display:flex; gap:14px; margin-bottom:12px; }
.panel { flex:1; border:1.5px solid #000; border-radius:12px; padding:8px 12px; }
.panel h2 { margin:0 0 6px; font-size:11pt; background:#000; color:#fff; display:inline-block; padding:2px 10px; border-radius:8px; }
.kv { margin:4px 0; }
.kv b { display:inline-block; min-width:150px; font-weight:bold; }
.wide { border:1.5px solid #000; border-radius:12px; padding:8px 12px; margin-bottom:12px; }
.wide h2 { margin:0 0 6px; font-size:11pt; background:#000; color:#fff; display:inline-block; padding:2px 10px; border-radius:8px; }
table.dx { border-collapse:collapse; width:100%; font-size:10.5pt; }
table.dx td { padding:3px 6px; border-bottom:1px dotted #000; }
.sig { display:flex; justify-content:space-between; margin-top:16px; font-size:10.5pt; }
.foot { position:fixed; bottom:0; left:0; right:0; font-size:8.5pt; text-align:center; border-top:1px solid #000; padding-top:3px; }
</style></head><body>
<div class="lh">
 <div><div class="name">Brightwater Pediatrics, PC</div>
 <div class="sub">Caring for kids from newborn through age 21</div></div>
 <div class="right">2250 Larkspur Ave, Suite 110<br>Naperville, IL 60563<br>Tel (630) 428-7710 &nbsp;|&nbsp; Fax (630) 428-7715</div>
</div>
<h1>PEDIATRIC SUBSPECIALTY REFERRAL</h1>
<div class="note">Please fax consult notes to Brightwater Pediatrics at (630) 428-7715 and call the family directly to schedule.</div>
<div class="row">
 <div class="panel"><h2>CHILD</h2>
  <div class="kv"><b>Child's Last Name:</b> Abernathy-Cruz</div>
  <div class="kv"><b>Child's First Name:</b> Liam</div>
  <div class="kv"><b>Date of Birth:</b> 03/14/2021 &nbsp; (Age 5 yr)</div>
  <div class="kv"><b>Sex:</b> Male</div>
  <div class="kv"><b>Chart #:</b> BWP-004172</div>
  <div class="kv"><b>Weight:</b> 19.8 kg (10/19/2026)</div>
 </div>
 <div class="panel"><h2>PARENT / GUARDIAN</h2>
  <div class="kv"><b>Parent/Guardian Name:</b> Sofia Cruz</div>
  <div class="kv"><b>Relationship:</b> Mother</div>
  <div class="kv"><b>Parent/Guardian Phone:</b> (630) 557-2391</div>
  <div class="kv"><b>Preferred Language:</b> English</div>
  <div class="kv"><b>Address:</b> 1418 Tamarack Ct, Aurora, IL 60504</div>
 </div>
</div>
<div class="wide"><h2>INSURANCE</h2>
 <div class="kv"><b>Plan:</b> Blue Cross Community Health Plans &nbsp;&nbsp; <b style="min-width:0">Member ID:</b> XEG612048853</div>
 <div class="kv"><b>Subscriber:</b> Sofia Cruz &nbsp;&nbsp; <b style="min-width:0">Group #:</b> IL-MCD-0071</div>
</div>
<div class="wide"><h2>REFERRED TO</h2>
 <div class="kv"><b>Specialty:</b> Pediatric Allergy &amp; Immunology</div>
 <div class="kv"><b>Specialist:</b> Dr. Hannah Liebowitz</div>
 <div class="kv"><b>Practice:</b> Prairie Children's Allergy &amp; Asthma Center, 40 S Washington St, Naperville, IL 60540</div>
 <div class="kv"><b>Office Phone:</b> (630) 355-8120 &nbsp;&nbsp; <b style="min-width:0">Office Fax:</b> (630) 355-8129</div>
</div>
<div class="wide"><h2>CLINICAL</h2>
 <div class="kv"><b>Reason for Referral:</b> Evaluation of suspected peanut allergy after hives and lip swelling following peanut butter exposure; please perform skin prick / specific IgE testing and provide an epinephrine action plan.</div>
 <table class="dx"><tr><td style="width:90px"><b>Dx 1</b></td><td>Z91.010</td><td>Allergy to peanuts</td></tr>
 <tr><td><b>Dx 2</b></td><td>L20.9</td><td>Atopic dermatitis, unspecified</td></tr></table>
 <div class="kv" style="margin-top:6px"><b>Current Meds:</b> Cetirizine 5 mg daily; hydrocortisone 2.5% cream BID prn; EpiPen Jr 0.15 mg (dispensed 10/12/2026)</div>
 <div class="kv"><b>Priority:</b> Routine &nbsp;&nbsp;&nbsp; <b style="min-width:0">Last Well-Child Visit:</b> 08/02/2026</div>
</div>
<div class="sig">
 <div><b>Referring Pediatrician:</b> Rachel S. Thornbury, MD, FAAP<br><b>NPI:</b> 1528349073<br><b>Phone:</b> (630) 428-7710 &nbsp; <b>Fax:</b> (630) 428-7715</div>
 <div style="text-align:right"><b>Date of Referral:</b> 10/19/2026<br><br>Signature: ______<i>R. Thornbury MD</i>______</div>
</div>
<div class="foot">Brightwater Pediatrics &middot; CONFIDENTIAL PHI &middot; Faxed 10/20/2026 08:14 &middot; Page 1 of 1</div>
</body></html>"""
    fields = {
        "patient_last_name": "Abernathy-Cruz", "patient_first_name": "Liam",
        "patient_dob": "2021-03-14", "patient_sex": "M", "patient_phone": "6305572391",
        "patient_mrn": "BWP-004172", "insurance_payer": "Blue Cross Community Health Plans",
        "insurance_member_id": "XEG612048853", "referring_provider": "Rachel Thornbury",
        "referring_npi": "1528349073", "referring_phone": "6304287710", "referring_fax": "6304287715",
        "referred_to_specialty": "allergy", "referred_to_provider": "Hannah Liebowitz",
        "diagnosis_codes": ["Z91.010", "L20.9"],
        "reason": "Evaluation of suspected peanut allergy after hives and lip swelling following peanut butter exposure; please perform skin prick / specific IgE testing and provide an epinephrine action plan.",
        "urgency": "routine", "referral_date": "2026-10-19"}
    checks = ["Abernathy-Cruz", "Liam", "03/14/2021", "Male", "(630) 557-2391", "BWP-004172",
              "Blue Cross Community Health Plans", "XEG612048853", "Rachel S. Thornbury", "1528349073",
              "(630) 428-7710", "(630) 428-7715", "Allergy", "Hannah Liebowitz", "Z91.010", "L20.9",
              fields["reason"], "Routine", "10/19/2026"]
    labels = {"patient_last_name": "Child's Last Name:", "patient_first_name": "Child's First Name:",
              "patient_dob": "Date of Birth: (MM/DD/YYYY)", "patient_sex": "Sex: Male",
              "patient_phone": "Parent/Guardian Phone:", "patient_mrn": "Chart #:",
              "insurance_payer": "INSURANCE > Plan:", "insurance_member_id": "Member ID:",
              "referring_provider": "Referring Pediatrician: (MD, FAAP, middle initial)",
              "referring_npi": "NPI:", "referring_phone": "Phone: (signature block; same as letterhead Tel)",
              "referring_fax": "Fax: (signature block; same as letterhead)",
              "referred_to_specialty": "REFERRED TO > Specialty: Pediatric Allergy & Immunology",
              "referred_to_provider": "Specialist: Dr. ...", "diagnosis_codes": "Dx 1 / Dx 2 rows",
              "reason": "Reason for Referral:", "urgency": "Priority: Routine", "referral_date": "Date of Referral:"}
    return dict(id="NS01", kind="pediatric referral with child/guardian panels", mode="fine", html=html,
                fields=fields, checks=checks, labels=labels,
                distractors="guardian address, Group #, specialist office phone/fax, weight date, EpiPen dispense date, last well-child date, fax footer timestamp")


def ns02():
    teeth = "".join(f'<td class="{"x" if n==3 else ""}">{n}</td>' for n in range(1,17))
    teeth2 = "".join(f'<td>{n}</td>' for n in range(32,16,-1))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
""" + PAGE + """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 10.5pt; }
.top { text-align:center; }
.top .n { font-size:18pt; font-variant:small-caps; font-weight:bold; letter-spacing:1px; }
.top .d { font-size:10pt; margin-top:2px; }
.top .a { font-size:9.5pt; margin-top:2px; }
hr { border:0; border-top:2px solid #000; margin:8px 0; }
.title { font-family:'Liberation Sans',sans-serif; font-weight:bold; font-size:13pt; text-align:center; margin:6px 0 10px; }
.two { display:flex; gap:20px; }
.two > div { flex:1; }
.ln { margin:5px 0; }
.ln span.l { font-family:'Liberation Sans',sans-serif; font-size:9pt; font-weight:bold; text-transform:uppercase; }
.box { border:1px solid #000; padding:6px 10px; margin:10px 0; }
.box .h { font-family:'Liberation Sans',sans-serif; font-weight:bold; font-size:10pt; border-bottom:1px solid #000; margin-bottom:5px; }
table.t { border-collapse:collapse; margin:4px auto; font-family:'Liberation Sans',sans-serif; font-size:9pt; }
table.t td { border:1px solid #000; width:26px; text-align:center; padding:2px 0; }
table.t td.x { background:#000; color:#fff; font-weight:bold; }
.cap { text-align:center; font-size:8.5pt; font-style:italic; }
.urg { border:2px solid #000; padding:5px 10px; font-family:'Liberation Sans',sans-serif; font-weight:bold; display:inline-block; }
.small { font-size:9pt; }
</style></head><body>
<div class="top">
 <div class="n">Lakeshore Oral &amp; Maxillofacial Surgery</div>
 <div class="d">Marcus T. Oyelaran, DDS, MD &nbsp;&bull;&nbsp; Jennifer Ko, DMD</div>
 <div class="a">8801 W. Capitol Drive, Suite 200 &bull; Milwaukee, WI 53222 &bull; Office (414) 463-2280 &bull; Fax (414) 463-2289</div>
</div>
<hr>
<div class="title">CONSULTATION REQUEST TO MEDICAL SPECIALIST</div>
<div class="two">
 <div>
  <div class="ln"><span class="l">To:</span> Ethan Brightwell, MD</div>
  <div class="ln"><span class="l">Specialty:</span> Otolaryngology &ndash; Head &amp; Neck Surgery (ENT)</div>
  <div class="ln">Milwaukee ENT Associates<br>2300 N Mayfair Rd, Wauwatosa, WI 53226</div>
  <div class="ln"><span class="l">Ph:</span> (414) 727-5100 &nbsp; <span class="l">Fax:</span> (414) 727-5109</div>
 </div>
 <div>
  <div class="ln"><span class="l">From:</span> Marcus T. Oyelaran, DDS, MD</div>
  <div class="ln"><span class="l">Provider NPI:</span> 1360274819</div>
  <div class="ln"><span class="l">Direct Line:</span> (414) 463-2284</div>
  <div class="ln"><span class="l">Return Fax:</span> (414) 463-2289</div>
  <div class="ln"><span class="l">Date:</span> 10/21/2026</div>
 </div>
</div>
<div class="box"><div class="h">PATIENT</div>
 <div class="two">
  <div>
   <div class="ln"><span class="l">Patient:</span> Gutierrez, Ramona L.</div>
   <div class="ln"><span class="l">Birthdate:</span> 07/22/1968 &nbsp; <span class="l">Gender:</span> F</div>
   <div class="ln"><span class="l">Home Phone:</span> (414) 871-3306</div>
  </div>
  <div>
   <div class="ln"><span class="l">Chart No.:</span> 220917</div>
   <div class="ln"><span class="l">Medical Insurance:</span> Humana</div>
   <div class="ln"><span class="l">Medical Ins. ID:</span> H48219037</div>
  </div>
 </div>
</div>
<div class="box"><div class="h">DENTAL FINDINGS</div>
 <table class="t"><tr>""" + teeth + """</tr><tr>""" + teeth2 + """</tr></table>
 <div class="cap">Universal numbering &mdash; shaded tooth = site of concern</div>
 <div class="ln small">10/14/2026: Surgical extraction #3 (CDT D7210) under local anesthesia. Root tip displaced toward sinus floor; retrieved. Patient now reports fluid passing from mouth to nose when drinking, foul taste, and right cheek pressure. Panoramic + Waters view 10/20/2026: opacification of the right maxillary sinus.</div>
</div>
<div class="box"><div class="h">REQUEST</div>
 <div class="ln"><span class="l">Reason for consult:</span> Please evaluate right maxillary sinusitis and possible oroantral communication following extraction of tooth #3.</div>
 <div class="ln"><span class="l">ICD-10:</span> J32.0 &ndash; Chronic maxillary sinusitis; &nbsp; R22.0 &ndash; Localized swelling, mass and lump, head</div>
 <div class="ln"><span class="l">Current meds:</span> Amoxicillin-clavulanate 875 mg BID (started 10/20/2026), sinus precautions given.</div>
 <div class="ln" style="margin-top:8px"><span class="urg">URGENT &ndash; please see within 1 week</span></div>
</div>
<div class="ln small" style="margin-top:14px">Signed: <i>M. Oyelaran</i> &nbsp;&nbsp; Marcus T. Oyelaran, DDS, MD &nbsp;&nbsp;&nbsp;&nbsp; Radiographs enclosed (2 images). Please send your findings to our office fax.</div>
</body></html>"""
    fields = {
        "patient_last_name": "Gutierrez", "patient_first_name": "Ramona", "patient_dob": "1968-07-22",
        "patient_sex": "F", "patient_phone": "4148713306", "patient_mrn": "220917",
        "insurance_payer": "Humana", "insurance_member_id": "H48219037",
        "referring_provider": "Marcus Oyelaran", "referring_npi": "1360274819",
        "referring_phone": "4144632284", "referring_fax": "4144632289",
        "referred_to_specialty": "otolaryngology", "referred_to_provider": "Ethan Brightwell",
        "diagnosis_codes": ["J32.0", "R22.0"],
        "reason": "Please evaluate right maxillary sinusitis and possible oroantral communication following extraction of tooth #3.",
        "urgency": "urgent", "referral_date": "2026-10-21"}
    checks = ["Gutierrez, Ramona L.", "07/22/1968", "(414) 871-3306", "220917", "Humana", "H48219037",
              "Marcus T. Oyelaran", "1360274819", "(414) 463-2284", "(414) 463-2289", "Otolaryngology",
              "Ethan Brightwell", "J32.0", "R22.0", fields["reason"], "URGENT", "10/21/2026"]
    labels = {"patient_last_name": "Patient: Last, First M.", "patient_first_name": "Patient: Last, First M.",
              "patient_dob": "Birthdate:", "patient_sex": "Gender: F", "patient_phone": "Home Phone:",
              "patient_mrn": "Chart No.:", "insurance_payer": "Medical Insurance:",
              "insurance_member_id": "Medical Ins. ID:", "referring_provider": "From: (DDS, MD)",
              "referring_npi": "Provider NPI:", "referring_phone": "Direct Line: (differs from letterhead Office number)",
              "referring_fax": "Return Fax:", "referred_to_specialty": "Specialty: Otolaryngology – Head & Neck Surgery (ENT)",
              "referred_to_provider": "To: ..., MD", "diagnosis_codes": "ICD-10:", "reason": "Reason for consult:",
              "urgency": "boxed 'URGENT – please see within 1 week'", "referral_date": "Date:"}
    return dict(id="NS02", kind="oral surgery consult request to ENT with tooth chart", mode="standard", html=html,
                fields=fields, checks=checks, labels=labels,
                distractors="letterhead Office phone (414) 463-2280, second dentist Jennifer Ko, CDT code D7210, tooth numbers chart, extraction/imaging/med dates, ENT office phone/fax")


def ns03():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
""" + PAGE + """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
.hdr { display:flex; justify-content:space-between; }
.hosp { font-size:15pt; font-weight:bold; }
.hosp small { display:block; font-size:9pt; font-weight:normal; }
.sticker { border:1px solid #000; font-family:'Liberation Mono', monospace; font-size:9pt; padding:5px 8px; line-height:1.3; width:300px; }
.bar { background:#000; color:#fff; font-weight:bold; padding:3px 8px; margin:12px 0 5px; font-size:11pt; }
.grid2 { display:grid; grid-template-columns: 1fr 1fr; gap:2px 20px; }
.f b { font-weight:bold; }
table.fu { border-collapse:collapse; width:100%; font-size:10pt; }
table.fu th, table.fu td { border:1px solid #000; padding:4px 5px; vertical-align:top; text-align:left; }
table.fu th { background:#ddd; }
ul { margin:3px 0 3px 18px; padding:0; }
.foot { position:fixed; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
</style></head><body>
<div class="hdr">
 <div class="hosp">St. Brendan Regional Medical Center<small>1400 Harbor View Rd &middot; Tacoma, WA 98405 &middot; Main (253) 682-4000</small><small>Care Management Fax (253) 682-4119</small></div>
 <div class="sticker">LINDQVIST, HAROLD E<br>MRN: SBR00918274 &nbsp; FIN: 60022158431<br>DOB: 02/09/1951 &nbsp; 75Y &nbsp; SEX: M<br>ADM: 10/29/2026 &nbsp; RM: 4W-412-A<br>ATT: FAROUK, NADIA MD</div>
</div>
<div style="text-align:center;font-size:14pt;font-weight:bold;margin-top:10px">DISCHARGE INSTRUCTIONS &ndash; FOLLOW-UP REFERRAL</div>
<div style="text-align:center;font-size:9pt">This page is faxed to the follow-up clinic. A copy is given to the patient.</div>
<div class="bar">PATIENT</div>
<div class="grid2">
 <div class="f"><b>Patient Name:</b> Lindqvist, Harold E</div>
 <div class="f"><b>Home Phone:</b> (253) 914-6620</div>
 <div class="f"><b>Date of Birth:</b> 02/09/1951</div>
 <div class="f"><b>Sex:</b> Male</div>
 <div class="f"><b>Admit Date:</b> 10/29/2026</div>
 <div class="f"><b>Discharge Date:</b> 11/02/2026</div>
 <div class="f"><b>Primary Insurance:</b> Medicare Part A &amp; B</div>
 <div class="f"><b>Medicare ID (MBI):</b> 4TR8WQ2MK61</div>
 <div class="f"><b>Secondary Insurance:</b> AARP Medicare Supplement</div>
 <div class="f"><b>Secondary ID:</b> 38104927711</div>
</div>
<div class="bar">FOLLOW-UP APPOINTMENTS</div>
<table class="fu">
<tr><th style="width:32%">Follow up with:</th><th style="width:18%">When</th><th>Contact</th></tr>
<tr><td><b>Priya Ramanathan, MD</b><br>Cardiology<br>Puget Sound Heart &amp; Vascular</td><td>Within 7 days<br>(Priority: Urgent)</td><td>1901 S Union Ave, Suite 300, Tacoma, WA 98405<br>Phone (253) 761-2040 &nbsp; Fax (253) 761-2049<br><i>Referral faxed by hospital &ndash; office will call patient.</i></td></tr>
<tr><td>Lab draw (CBC, BMP)</td><td>In 1 week</td><td>Any outpatient lab; order on file</td></tr>
</table>
<div class="bar">REFERRAL DETAILS (CARDIOLOGY)</div>
<div class="f"><b>Reason for Referral:</b> New-onset atrial fibrillation with rapid ventricular response, rate controlled on metoprolol; apixaban started. Evaluate for rhythm control strategy and review inpatient echocardiogram.</div>
<div class="f" style="margin-top:5px"><b>Discharge Diagnoses:</b></div>
<ul><li>I48.91 &ndash; Unspecified atrial fibrillation</li><li>I10 &ndash; Essential (primary) hypertension</li></ul>
<div class="f"><b>Pertinent results:</b> TTE 10/30/2026: LVEF 50-55%, mild LA enlargement. TSH 2.1. Peak troponin negative x3.</div>
<div class="f"><b>Discharge meds (changes):</b> NEW metoprolol succinate 50 mg daily; NEW apixaban 5 mg BID; STOP amlodipine.</div>
<div class="bar">REFERRING / DISCHARGING PHYSICIAN</div>
<div class="grid2">
 <div class="f"><b>Discharging Attending:</b> Nadia Farouk, MD</div>
 <div class="f"><b>Attending NPI:</b> 1193840265</div>
 <div class="f"><b>Hospitalist Office Phone:</b> (253) 682-4350</div>
 <div class="f"><b>Hospitalist Office Fax:</b> (253) 682-4355</div>
 <div class="f"><b>Referral Order Date:</b> 11/02/2026</div>
 <div class="f"><b>PCP of Record:</b> Colin Ashby, MD (follow up within 2 weeks)</div>
</div>
<div class="foot"><span>SBRMC DC-FU-REF v3.2</span><span>Printed 11/02/2026 13:47 by CM.JWELLS</span><span>Page 1 of 1</span></div>
</body></html>"""
    fields = {
        "patient_last_name": "Lindqvist", "patient_first_name": "Harold", "patient_dob": "1951-02-09",
        "patient_sex": "M", "patient_phone": "2539146620", "patient_mrn": "SBR00918274",
        "insurance_payer": "Medicare Part A & B", "insurance_member_id": "4TR8WQ2MK61",
        "referring_provider": "Nadia Farouk", "referring_npi": "1193840265",
        "referring_phone": "2536824350", "referring_fax": "2536824355",
        "referred_to_specialty": "cardiology", "referred_to_provider": "Priya Ramanathan",
        "diagnosis_codes": ["I48.91", "I10"],
        "reason": "New-onset atrial fibrillation with rapid ventricular response, rate controlled on metoprolol; apixaban started. Evaluate for rhythm control strategy and review inpatient echocardiogram.",
        "urgency": "urgent", "referral_date": "2026-11-02"}
    checks = ["Lindqvist, Harold E", "02/09/1951", "Male", "(253) 914-6620", "SBR00918274", "Medicare Part A & B",
              "4TR8WQ2MK61", "Nadia Farouk", "1193840265", "(253) 682-4350", "(253) 682-4355", "Cardiology",
              "Priya Ramanathan", "I48.91", "I10", fields["reason"], "Urgent", "11/02/2026"]
    labels = {"patient_last_name": "Patient Name: Last, First M (also addressograph sticker in CAPS)",
              "patient_first_name": "Patient Name:", "patient_dob": "Date of Birth:", "patient_sex": "Sex: Male",
              "patient_phone": "Home Phone:", "patient_mrn": "MRN: (sticker)", "insurance_payer": "Primary Insurance:",
              "insurance_member_id": "Medicare ID (MBI):", "referring_provider": "Discharging Attending:",
              "referring_npi": "Attending NPI:", "referring_phone": "Hospitalist Office Phone:",
              "referring_fax": "Hospitalist Office Fax:", "referred_to_specialty": "Follow up with: table, 'Cardiology'",
              "referred_to_provider": "Follow up with: <name>, MD", "diagnosis_codes": "Discharge Diagnoses: bullets",
              "reason": "Reason for Referral:", "urgency": "(Priority: Urgent) in When column",
              "referral_date": "Referral Order Date: (= Discharge Date)"}
    return dict(id="NS03", kind="hospital discharge follow-up referral", mode="fine", html=html,
                fields=fields, checks=checks, labels=labels,
                distractors="FIN number, admit date, room, secondary insurance + ID, hospital main/care-management fax, cardiology office phone/fax, PCP of record Colin Ashby, echo date, print timestamp")


def ns04():
    def row(es, en, val):
        return f'<tr><td class="lab"><span class="es">{es}</span><br><span class="en">{en}</span></td><td class="val">{val}</td></tr>'
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
""" + PAGE + """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; }
.head { text-align:center; border:2px solid #000; padding:6px; }
.head .c { font-size:15pt; font-weight:bold; }
.head .s { font-size:9pt; }
.ttl { text-align:center; font-size:13pt; font-weight:bold; margin:10px 0 4px; }
.sec { font-weight:bold; font-size:10.5pt; margin:10px 0 2px; border-bottom:2px solid #000; }
table.f { width:100%; border-collapse:collapse; }
table.f td { padding:3px 4px; vertical-align:bottom; }
td.lab { width:36%; line-height:1.05; }
.es { font-weight:bold; font-size:10pt; }
.en { font-style:italic; font-size:8.5pt; }
td.val { border-bottom:1px solid #000; font-size:11pt; }
.cols { display:flex; gap:18px; } .cols > div { flex:1; }
.foot { position:fixed; bottom:0; width:100%; font-size:8pt; text-align:center; }
</style></head><body>
<div class="head"><div class="c">Clínica Comunitaria del Valle &nbsp;/&nbsp; Valley Community Clinic</div>
<div class="s">500 S. Main St., McAllen, TX 78501 &nbsp;&middot;&nbsp; Tel. (956) 682-3340 &nbsp;&middot;&nbsp; Fax (956) 682-3349 &nbsp;&middot;&nbsp; Lunes a Viernes / Monday&ndash;Friday 8&ndash;5</div></div>
<div class="ttl">FORMULARIO DE REFERENCIA / REFERRAL FORM</div>
<div class="sec">INFORMACIÓN DEL PACIENTE / PATIENT INFORMATION</div>
<div class="cols"><div><table class="f">""" + \
    row("Apellido(s)", "Last Name", "Villarreal Treviño") + \
    row("Nombre", "First Name", "María Guadalupe") + \
    row("Fecha de nacimiento", "DOB (mm/dd/aaaa)", "09/30/1979") + \
    row("Sexo", "Sex", "F (Femenino / Female)") + \
"""</table></div><div><table class="f">""" + \
    row("Teléfono", "Phone", "(956) 434-7812") + \
    row("No. de expediente", "MRN", "VCC-118204") + \
    row("Idioma", "Language", "Español — intérprete / interpreter") + \
    row("Dirección", "Address", "2207 N. 23rd St., Edinburg, TX") + \
"""</table></div></div>
<div class="sec">SEGURO MÉDICO / INSURANCE</div>
<div class="cols"><div><table class="f">""" + \
    row("Aseguradora", "Insurance Carrier", "Superior HealthPlan") + \
    row("Plan", "Plan", "STAR Medicaid") + \
"""</table></div><div><table class="f">""" + \
    row("No. de miembro", "Member ID", "713950482") + \
    row("No. de autorización", "Authorization #", "PA26-40917 (pendiente / pending)") + \
"""</table></div></div>
<div class="sec">MÉDICO QUE REFIERE / REFERRING PROVIDER</div>
<div class="cols"><div><table class="f">""" + \
    row("Médico", "Provider", "Dr. Alejandro R. Benavides, MD") + \
    row("NPI", "NPI", "1604729586") + \
"""</table></div><div><table class="f">""" + \
    row("Teléfono", "Phone", "(956) 682-3340") + \
    row("Fax", "Fax", "(956) 682-3349") + \
"""</table></div></div>
<div class="sec">REFERIDO A / REFERRED TO</div>
<div class="cols"><div><table class="f">""" + \
    row("Especialidad", "Specialty", "Gastroenterología / Gastroenterology") + \
    row("Especialista", "Specialist", "Dra. Lucía Montemayor") + \
"""</table></div><div><table class="f">""" + \
    row("Teléfono", "Phone", "(956) 618-2750") + \
    row("Fax", "Fax", "(956) 618-2759") + \
"""</table></div></div>
<div class="sec">INFORMACIÓN CLÍNICA / CLINICAL INFORMATION</div>
<table class="f">""" + \
    row("Motivo de la referencia", "Reason for referral", "Iron deficiency anemia with positive FIT; please evaluate for colonoscopy and EGD. (Anemia por deficiencia de hierro con prueba FIT positiva.)") + \
    row("Diagnóstico (CIE-10)", "Diagnosis (ICD-10)", "D50.9 &nbsp;Iron deficiency anemia, unspecified; &nbsp; R19.5 &nbsp;Other fecal abnormalities") + \
    row("Urgencia", "Urgency", "Rutina / Routine") + \
    row("Fecha", "Date", "11/06/2026") + \
"""</table>
<p style="font-size:9pt;margin-top:12px">Hgb 9.1 g/dL, ferritin 6 ng/mL (10/28/2026). Favor de enviar notas de consulta por fax / Please fax consult notes to (956) 682-3349.</p>
<p style="font-size:10pt">Firma / Signature: ____<i>A. Benavides</i>____</p>
<div class="foot">VCC-REF-ES/EN rev. 05/2025 &middot; Página 1 de 1 / Page 1 of 1</div>
</body></html>"""
    fields = {
        "patient_last_name": "Villarreal Treviño", "patient_first_name": "María Guadalupe",
        "patient_dob": "1979-09-30", "patient_sex": "F", "patient_phone": "9564347812",
        "patient_mrn": "VCC-118204", "insurance_payer": "Superior HealthPlan", "insurance_member_id": "713950482",
        "referring_provider": "Alejandro Benavides", "referring_npi": "1604729586",
        "referring_phone": "9566823340", "referring_fax": "9566823349",
        "referred_to_specialty": "gastroenterology", "referred_to_provider": "Lucía Montemayor",
        "diagnosis_codes": ["D50.9", "R19.5"],
        "reason": "Iron deficiency anemia with positive FIT; please evaluate for colonoscopy and EGD.",
        "urgency": "routine", "referral_date": "2026-11-06"}
    checks = ["Villarreal Treviño", "María Guadalupe", "09/30/1979", "F (Femenino / Female)", "(956) 434-7812",
              "VCC-118204", "Superior HealthPlan", "713950482", "Alejandro R. Benavides", "1604729586",
              "(956) 682-3340", "(956) 682-3349", "Gastroenterology", "Lucía Montemayor", "D50.9", "R19.5",
              fields["reason"], "Rutina / Routine", "11/06/2026"]
    labels = {"patient_last_name": "Apellido(s) / Last Name", "patient_first_name": "Nombre / First Name",
              "patient_dob": "Fecha de nacimiento / DOB (mm/dd/aaaa)", "patient_sex": "Sexo / Sex: F (Femenino / Female)",
              "patient_phone": "Teléfono / Phone", "patient_mrn": "No. de expediente / MRN",
              "insurance_payer": "Aseguradora / Insurance Carrier", "insurance_member_id": "No. de miembro / Member ID",
              "referring_provider": "Médico / Provider (Dr. ..., MD)", "referring_npi": "NPI / NPI",
              "referring_phone": "Teléfono / Phone (referring section)", "referring_fax": "Fax / Fax (referring section)",
              "referred_to_specialty": "Especialidad / Specialty: Gastroenterología / Gastroenterology",
              "referred_to_provider": "Especialista / Specialist: Dra. ...",
              "diagnosis_codes": "Diagnóstico (CIE-10) / Diagnosis (ICD-10)",
              "reason": "Motivo de la referencia / Reason for referral (English sentence, Spanish gloss follows in parentheses)",
              "urgency": "Urgencia / Urgency: Rutina / Routine", "referral_date": "Fecha / Date"}
    return dict(id="NS04", kind="Spanish-English bilingual referral form", mode="standard", html=html,
                fields=fields, checks=checks, labels=labels,
                distractors="Plan 'STAR Medicaid', authorization # PA26-40917, specialist phone/fax, patient address, lab date 10/28/2026, form rev date")


def ns05():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
""" + PAGE + """
body { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: 9.6pt; }
pre { font-family: inherit; margin:0; white-space:pre-wrap; }
.b { font-weight:bold; }
</style></head><body><pre>
<span class="b">DEPARTMENT OF VETERANS AFFAIRS</span>                    Printed: NOV 09, 2026@14:22
VA LAKEVIEW HEALTH CARE SYSTEM - FORT WAYNE CBOC
2121 Lake Ave, Fort Wayne, IN 46805    Main: (260) 426-5431
Office of Community Care  Phone: (260) 460-1350  Fax: (260) 460-1354
================================================================================
                 <span class="b">CONSULT / REQUEST FOR COMMUNITY CARE</span>
================================================================================
Consult No.: 4418257                    Request Date: NOV 09, 2026
Referral No.: VA0045128876              Current Pat Status: OUTPATIENT
--------------------------------------------------------------------------------
Veteran Name:   MCALLISTER,DWAYNE R
Veteran DOB:    MAR 17,1962 (64)        Sex: MALE
SSN:            XXX-XX-6613             Service Connected: 30%
Veteran Phone:  (260) 483-9127 (HOME)
Address:        5530 Stellhorn Rd, Fort Wayne, IN 46815
Payer:          Department of Veterans Affairs
Program:        MISSION Act - Community Care (CCN Region 2)
--------------------------------------------------------------------------------
To Service:        COMMUNITY CARE-ORTHOPEDICS
From Service:      PRIMARY CARE - PACT GREEN TEAM
Requesting Provider: HALVORSEN,KRISTIN A  MD
  Provider NPI:    1823057165
  Provider Phone:  (260) 426-5472
  Provider Fax:    (260) 426-5490
Community Provider:  OKAFOR,SAMUEL T  MD  (NPI 1477183200)
  Fort Wayne Orthopaedic Partners, 7900 W Jefferson Blvd, Fort Wayne, IN 46804
  Phone: (260) 436-8800   Fax: (260) 436-8812
Urgency:           ROUTINE
Clinically Indicated Date: DEC 09, 2026
Place of Consultation: Outpatient     Eligibility: Wait time / drive time
--------------------------------------------------------------------------------
Provisional Diagnosis:
  Unilateral primary osteoarthritis, right knee (ICD-10-CM M17.11)
  Pain in right knee (ICD-10-CM M25.561)
--------------------------------------------------------------------------------
Reason For Request:
  Progressive right knee pain; failed PT and 2 corticosteroid injections,
  KL grade 4 on x-ray. Please evaluate for total knee arthroplasty.

  64 y/o Veteran, ambulates with cane, night pain. Right knee x-ray
  09/22/2026: severe medial joint space loss, osteophytes. BMI 31.
  A1c 6.1 (08/2026). No anticoagulants.

SEOC: ORTHOPEDICS - SURGICAL CARE 1.0.4   Authorized visits: 6  (180 days)
--------------------------------------------------------------------------------
/es/ KRISTIN A HALVORSEN, MD
Signed: NOV 09, 2026@10:42
Receiving facility: please return records via HSRM or fax (260) 460-1354.
                                                      Page 1 of 1
</pre></body></html>"""
    fields = {
        "patient_last_name": "MCALLISTER", "patient_first_name": "DWAYNE", "patient_dob": "1962-03-17",
        "patient_sex": "M", "patient_phone": "2604839127",
        "insurance_payer": "Department of Veterans Affairs",
        "referring_provider": "Kristin Halvorsen", "referring_npi": "1823057165",
        "referring_phone": "2604265472", "referring_fax": "2604265490",
        "referred_to_specialty": "orthopedics", "referred_to_provider": "Samuel Okafor",
        "diagnosis_codes": ["M17.11", "M25.561"],
        "reason": "Progressive right knee pain; failed PT and 2 corticosteroid injections, KL grade 4 on x-ray. Please evaluate for total knee arthroplasty.",
        "urgency": "routine", "referral_date": "2026-11-09"}
    checks = ["MCALLISTER,DWAYNE R", "MAR 17,1962", "MALE", "(260) 483-9127", "Department of Veterans Affairs",
              "HALVORSEN,KRISTIN A", "1823057165", "(260) 426-5472", "(260) 426-5490", "ORTHOPEDICS",
              "OKAFOR,SAMUEL T", "M17.11", "M25.561", fields["reason"], "ROUTINE", "Request Date: NOV 09, 2026"]
    labels = {"patient_last_name": "Veteran Name: LAST,FIRST M (VistA style)", "patient_first_name": "Veteran Name:",
              "patient_dob": "Veteran DOB: MAR 17,1962 (64)", "patient_sex": "Sex: MALE", "patient_phone": "Veteran Phone: ... (HOME)",
              "insurance_payer": "Payer:", "referring_provider": "Requesting Provider: LAST,FIRST M  MD",
              "referring_npi": "Provider NPI:", "referring_phone": "Provider Phone:", "referring_fax": "Provider Fax:",
              "referred_to_specialty": "To Service: COMMUNITY CARE-ORTHOPEDICS",
              "referred_to_provider": "Community Provider: LAST,FIRST M  MD",
              "diagnosis_codes": "Provisional Diagnosis: ... (ICD-10-CM Xnn.nn)", "reason": "Reason For Request: (first paragraph)",
              "urgency": "Urgency: ROUTINE", "referral_date": "Request Date: NOV 09, 2026"}
    return dict(id="NS05", kind="VA community care consult (VistA/CPRS monospace printout)", mode="standard", html=html,
                fields=fields, checks=checks, labels=labels,
                distractors="Consult No. 4418257, Referral No. VA0045128876, masked SSN, CBOC main phone, Community Care office phone/fax, community provider NPI/phone/fax, Clinically Indicated Date DEC 09 2026, x-ray date, SEOC version, print timestamp; no MRN or member ID printed")
