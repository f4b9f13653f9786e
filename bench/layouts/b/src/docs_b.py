# NM06-NM10
from docs_a import PAGE
DOCS = {}

# ---------------- NM06 handwritten-style form ----------------
DOCS["NM06"] = dict(kind="handwritten-style referral form", pages=1, mode="fine",
html=f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{PAGE}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10pt }}
.h {{ text-align:center }} .h .n {{ font-size:15pt; font-weight:bold }} .h .a {{ font-size:8.5pt }}
.title {{ font-size:13pt; font-weight:bold; text-align:center; margin:8px 0; letter-spacing:3px; border-top:1px solid #000; border-bottom:1px solid #000; padding:2px }}
.ln {{ display:flex; align-items:flex-end; margin:14px 0 }}
.ln b {{ white-space:nowrap; margin-right:5px; font-size:9.5pt }}
.w {{ flex:1; border-bottom:1px solid #000; font-family:Z003; font-size:16pt; line-height:1; padding-left:6px }}
.p {{ flex:1; border-bottom:1px solid #000; font-family:'Nimbus Mono PS'; font-weight:bold; font-size:12.5pt; line-height:1.1; padding-left:6px; letter-spacing:1px }}
.gap {{ width:14px }}
.box {{ border:1.5px solid #000; margin-top:8px; padding:4px 8px; min-height:70px }}
.box b {{ font-size:9.5pt }}
.hw {{ font-family:Z003; font-size:15.5pt; line-height:1.25 }}
.cb {{ font-family:'DejaVu Sans'; font-size:11pt }}
.x {{ font-family:Z003; font-size:15pt; margin-left:-11px; margin-right:2px }}
.sm {{ font-size:7.5pt }}
</style></head><body>
<div class="h"><div class="n">MESA VERDE FAMILY PRACTICE</div>
<div class="a">4801 Montgomery Blvd NE &middot; Albuquerque, NM 87109 &middot; Main (505) 881-4470 &middot; Fax (505) 881-4478</div></div>
<div class="title">PATIENT REFERRAL</div>
<div class="ln"><b>Date:</b><span class="w" style="flex:0 0 1.6in">10/21/2026</span><span style="flex:1"></span><b>Referral to:</b>&nbsp; <span class="cb">&#9744;</span> Cardio &nbsp;<span class="cb">&#9744;</span> GI &nbsp;<span class="cb">&#9744;</span> Neuro &nbsp;<span class="cb">&#9744;</span><span class="x">X</span>Ortho &nbsp;<span class="cb">&#9744;</span> Other ______</div>
<div class="ln"><b>Specialist:</b><span class="w">Dr. Kwame Asante</span><span class="gap"></span><b>Specialist phone/fax:</b><span class="w">505-262-9100 / 262-9107</span></div>
<div class="ln"><b>Patient name (last):</b><span class="p">TRUJILLO</span><span class="gap"></span><b>(first):</b><span class="p">BERNADETTE</span></div>
<div class="ln"><b>DOB:</b><span class="w" style="flex:0 0 1.4in">2/14/1961</span><span class="gap"></span><b>Sex:</b><span class="p" style="flex:0 0 0.5in">F</span><span class="gap"></span><b>Pt phone:</b><span class="w">(505) 730-2218</span><span class="gap"></span><b>Chart #:</b><span class="p">MV-30917</span></div>
<div class="ln"><b>Insurance:</b><span class="p">PRESBYTERIAN HEALTH PLAN</span><span class="gap"></span><b>ID #:</b><span class="p">PHP 6029 4418 2</span></div>
<div class="ln"><b>Urgency:</b> &nbsp;<span class="cb">&#9744;</span><span class="x">X</span> Routine &nbsp; <span class="cb">&#9744;</span> Urgent &nbsp; <span class="cb">&#9744;</span> Same day <span style="flex:1"></span></div>
<div class="box"><b>Reason for referral:</b><br><span class="hw">R knee pain worse x 1 yr, OA on xray, failed steroid inj &amp; PT &mdash; eval for TKA</span></div>
<div class="box" style="min-height:40px"><b>Dx / ICD-10:</b> <span class="p" style="border:none">M17.11 &nbsp; M25.561</span></div>
<div class="box" style="min-height:40px"><b>Records sent:</b> <span class="cb">&#9744;</span><span class="x">X</span> Office note &nbsp; <span class="cb">&#9744;</span><span class="x">X</span> X-ray report &nbsp; <span class="cb">&#9744;</span> Labs &nbsp; <span class="cb">&#9744;</span> MRI</div>
<div class="ln" style="margin-top:16px"><b>Referring provider:</b><span class="w">Lucia M. Baca, MD</span><span class="gap"></span><b>NPI:</b><span class="p">1192527004</span></div>
<div class="ln"><b>Signature:</b><span class="w" style="font-size:19pt">L Baca</span><span class="gap"></span><b>Scheduled appt:</b><span class="w"></span></div>
<div class="sm" style="margin-top:16px">Office use: called pt ____ &nbsp; appt confirmed ____ &nbsp; &nbsp; MVFP-FORM 12 (rev 2019)</div>
</body></html>""",
fields=dict(patient_last_name="TRUJILLO", patient_first_name="BERNADETTE", patient_dob="1961-02-14",
 patient_sex="F", patient_phone="5057302218", patient_mrn="MV-30917",
 insurance_payer="PRESBYTERIAN HEALTH PLAN", insurance_member_id="PHP602944182",
 referring_provider="Lucia Baca", referring_npi="1192527004", referring_phone="5058814470",
 referring_fax="5058814478", referred_to_specialty="orthopedics", referred_to_provider="Kwame Asante",
 diagnosis_codes=["M17.11","M25.561"],
 reason="R knee pain worse x 1 yr, OA on xray, failed steroid inj & PT — eval for TKA",
 urgency="routine", referral_date="2026-10-21"))

# ---------------- NM07 two-page memo referral + progress note ----------------
DOCS["NM07"] = dict(kind="consult request memo + progress note (2 pages)", pages=2, mode="gray",
html=f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{PAGE}
body {{ font-family: 'C059', 'Liberation Serif', serif; font-size: 10.5pt }}
.lh {{ border-bottom:1px double #000; padding-bottom:3px; display:flex; justify-content:space-between }}
.lh .n {{ font-size:16pt; font-weight:bold }}
.lh .r {{ font-size:8.5pt; text-align:right }}
h1 {{ font-size:15pt; letter-spacing:2px; margin:12px 0 8px; font-family:'Nimbus Sans' }}
table.m {{ border-collapse:collapse; width:100% }}
table.m td {{ padding:3px 4px; vertical-align:top }}
table.m td.k {{ font-weight:bold; width:0.8in; font-family:'Nimbus Sans' }}
hr {{ border:0; border-top:1px solid #000 }}
.s {{ font-family:'Nimbus Sans'; font-weight:bold; font-size:10pt; margin-top:8px; text-decoration:underline }}
ul {{ margin:2px 0 }}
.foot {{ position:absolute; bottom:0; width:100%; font-size:8pt; text-align:center; font-family:'Nimbus Sans' }}
.pg {{ position:relative; height:9.7in; overflow:hidden }}
.pn {{ page-break-before:always }}
.ph {{ display:flex; justify-content:space-between; border:1px solid #000; padding:4px 6px; font-family:'Nimbus Sans'; font-size:9.5pt }}
</style></head><body><div class="pg">
<div class="lh"><div><div class="n">Willow Creek Internal Medicine</div><div style="font-size:9pt">A department of Cascade Valley Health</div></div>
<div class="r">1120 SW Morrison St, Ste 410, Portland, OR 97205<br>Tel 503-226-7415 &middot; Fax 503-226-7402</div></div>
<h1>CONSULTATION REQUEST</h1>
<table class="m">
<tr><td class="k">TO:</td><td>Endocrinology &mdash; Dr. Sunita Varadarajan<br>Rose City Endocrine &amp; Diabetes Center, 2800 N Vancouver Ave, Portland, OR 97227<br>Phone 503-284-6190 &nbsp; Fax 503-284-6199</td></tr>
<tr><td class="k">FROM:</td><td>Ethan J. Marchetti, MD (NPI 1248205241)<br>Willow Creek Internal Medicine &mdash; direct line 503-226-7415, fax 503-226-7402</td></tr>
<tr><td class="k">DATE:</td><td>10/28/2026</td></tr>
<tr><td class="k">RE:</td><td><b>Hamid Rostami</b> &nbsp;&nbsp; DOB 09/05/1973 &nbsp;&nbsp; Male<br>
MRN W0562193 &nbsp;&nbsp; Home 971-302-8846<br>
Insurance: Providence Health Plan &nbsp; Member ID 8847-30215-00</td></tr>
<tr><td class="k">PRIORITY:</td><td>Routine &mdash; next available (within 4&ndash;6 weeks)</td></tr>
</table>
<hr>
<div class="s">Question / reason for consultation</div>
<p style="margin:3px 0">Uncontrolled type 2 diabetes (A1c 9.8%) despite metformin and empagliflozin; incidental 1.8 cm left thyroid nodule on CT neck. Please evaluate and advise on insulin initiation and nodule work-up (FNA?).</p>
<div class="s">Diagnoses</div>
<ul><li>E11.65 &nbsp; Type 2 diabetes mellitus with hyperglycemia</li>
<li>E04.1 &nbsp;&nbsp; Nontoxic single thyroid nodule</li>
<li>E78.5 &nbsp;&nbsp; Hyperlipidemia, unspecified (history only)</li></ul>
<div class="s">Pertinent data</div>
<table class="m" style="font-size:9.5pt"><tr><td>A1c</td><td>9.8% (10/20/2026)</td><td>8.9% (06/11/2026)</td></tr>
<tr><td>TSH</td><td>1.42 mIU/L (10/20/2026)</td><td></td></tr>
<tr><td>eGFR</td><td>74 mL/min (10/20/2026)</td><td></td></tr>
<tr><td>CT neck</td><td colspan="2">10/02/2026: 1.8 cm hypoechoic L thyroid nodule, no adenopathy</td></tr></table>
<div class="s">Current medications</div>
<p style="margin:3px 0">metformin ER 1000 mg BID; empagliflozin 25 mg daily; atorvastatin 40 mg; lisinopril 10 mg</p>
<p style="margin-top:14px">Progress note from 10/27/2026 attached. Please send consult note to the fax above.</p>
<p style="margin-top:14px">Electronically signed: Ethan J. Marchetti, MD &nbsp; 10/28/2026 15:41</p>
<div class="foot">CONFIDENTIAL &mdash; Willow Creek Internal Medicine &middot; Consultation Request &middot; Page 1 of 2</div></div>
<div class="pg pn">
<div class="lh"><div><div class="n">Willow Creek Internal Medicine</div></div><div class="r">PROGRESS NOTE<br>Printed 10/28/2026</div></div>
<div class="ph" style="margin-top:8px"><span><b>Patient:</b> Rostami, Hamid</span><span><b>DOB:</b> 09/05/1973 (53 y)</span><span><b>MRN:</b> W0562193</span><span><b>Visit:</b> 10/27/2026</span></div>
<div class="ph" style="border-top:0"><span><b>Provider:</b> Ethan J. Marchetti, MD</span><span><b>Visit type:</b> Follow-up, 25 min</span><span><b>Location:</b> WCIM Suite 410</span></div>
<div class="s">Subjective</div>
<p style="margin:3px 0">53 y/o M here for diabetes follow-up. Reports polyuria and nocturia x2, fatigue. Adherent to metformin and empagliflozin. Diet limited by shift work. No hypoglycemia. Neck CT done 10/02 at outside ED for cervical strain showed incidental thyroid nodule; denies dysphagia, voice change.</p>
<div class="s">Objective</div>
<p style="margin:3px 0">BP 138/84, HR 78, Wt 104.3 kg, BMI 33.9. Neck: palpable nontender L thyroid nodule ~2 cm, no LAD. Feet: monofilament intact bilaterally.</p>
<div class="s">Assessment / Plan</div>
<ol style="margin:2px 0">
<li>T2DM with hyperglycemia, A1c 9.8% up from 8.9%. Discussed basal insulin vs GLP-1 RA; refer to endocrinology. Continue metformin/empagliflozin.</li>
<li>Thyroid nodule, 1.8 cm, TSH normal. Thyroid US ordered; endocrinology to advise on FNA.</li>
<li>HLD &mdash; continue atorvastatin. Lipids at next visit.</li></ol>
<p>Return 3 months or sooner PRN.</p>
<p>Ethan J. Marchetti, MD &mdash; signed 10/27/2026 17:02</p>
<div class="foot">CONFIDENTIAL &mdash; Rostami, Hamid &middot; DOB 09/05/1973 &middot; Page 2 of 2</div></div>
</body></html>""",
fields=dict(patient_last_name="Rostami", patient_first_name="Hamid", patient_dob="1973-09-05",
 patient_sex="M", patient_phone="9713028846", patient_mrn="W0562193",
 insurance_payer="Providence Health Plan", insurance_member_id="8847-30215-00",
 referring_provider="Ethan Marchetti", referring_npi="1248205241", referring_phone="5032267415",
 referring_fax="5032267402", referred_to_specialty="endocrinology", referred_to_provider="Sunita Varadarajan",
 diagnosis_codes=["E11.65","E04.1","E78.5"],
 reason="Uncontrolled type 2 diabetes (A1c 9.8%) despite metformin and empagliflozin; incidental 1.8 cm left thyroid nodule on CT neck. Please evaluate and advise on insulin initiation and nodule work-up (FNA?).",
 urgency="routine", referral_date="2026-10-28"))

# ---------------- NM08 occupational health referral ----------------
DOCS["NM08"] = dict(kind="occupational health referral (Employee/Patient)", pages=1, mode="r200",
html=f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{PAGE}
body {{ font-family: 'Liberation Sans Narrow', 'Liberation Sans', sans-serif; font-size: 10.5pt }}
.hd {{ display:flex; border:2px solid #000 }}
.hd .l {{ flex:1; padding:5px 8px; border-right:2px solid #000 }}
.hd .r {{ width:2.4in; padding:5px 8px; font-size:9pt }}
.nm {{ font-size:15pt; font-weight:bold }}
.tt {{ font-size:12pt; font-weight:bold; margin-top:2px }}
table {{ width:100%; border-collapse:collapse; margin-top:6px }}
th {{ text-align:left; background:#000; color:#fff; padding:2px 6px; font-size:10pt }}
td {{ border:1px solid #000; padding:3px 6px; vertical-align:top }}
td.k {{ width:1.7in; font-weight:bold; background:#eee; font-size:9.5pt }}
.cb {{ font-family:'DejaVu Sans' }}
.sm {{ font-size:8pt }}
</style></head><body>
<div class="hd"><div class="l"><div class="nm">Tri-County Occupational Medicine</div>
<div class="sm">Employer Services &middot; Hearing Conservation &middot; DOT Exams &middot; Injury Care</div>
<div class="tt">EMPLOYEE HEALTH SPECIALTY REFERRAL</div></div>
<div class="r">87 Industrial Park Dr<br>Nashua, NH 03062<br>Clinic (603) 882-5150<br>Clinic fax (603) 882-5158<br>Employer line (603) 882-5160</div></div>

<table><tr><th colspan="4">SECTION I &ndash; EMPLOYEE/PATIENT</th></tr>
<tr><td class="k">Employee/Patient Last Name</td><td>Pelletier</td><td class="k">Employee/Patient First Name</td><td>Raymond</td></tr>
<tr><td class="k">Date of Birth</td><td>08/27/1970</td><td class="k">Sex</td><td>Male</td></tr>
<tr><td class="k">Employee/Patient Phone</td><td>(603) 566-2094</td><td class="k">Clinic Chart #</td><td>TCOM-118406</td></tr>
<tr><td class="k">Employer</td><td>Ridgeline Fabrication, Inc.</td><td class="k">Employee ID</td><td>RF-20417</td></tr>
<tr><td class="k">Job Title / Dept.</td><td>CNC Machinist / Plant 2</td><td class="k">Supervisor / HR Contact</td><td>Janet Cormier, HR &ndash; (603) 595-7711</td></tr>
</table>

<table><tr><th colspan="4">SECTION II &ndash; REFERRAL TO</th></tr>
<tr><td class="k">Specialty</td><td>Otolaryngology (ENT) / Audiology</td><td class="k">Provider</td><td>Dr. Aaron Whitfield</td></tr>
<tr><td class="k">Practice</td><td colspan="3">Granite State ENT &amp; Audiology, 16 Riverside St, Nashua, NH 03062 &middot; Ph (603) 889-4120 &middot; Fax (603) 889-4128</td></tr>
<tr><td class="k">Urgency</td><td colspan="3"><span class="cb">&#9746;</span> Routine &nbsp; <span class="cb">&#9744;</span> Urgent &nbsp; <span class="cb">&#9744;</span> Emergency</td></tr>
</table>

<table><tr><th colspan="4">SECTION III &ndash; CLINICAL</th></tr>
<tr><td class="k">Reason for Referral</td><td colspan="3">Standard threshold shift on annual hearing conservation audiogram with bilateral tinnitus; evaluate for noise-induced sensorineural hearing loss and fitness for continued duty in high-noise area.</td></tr>
<tr><td class="k">Diagnosis (ICD-10)</td><td colspan="3">H90.3 &nbsp;Sensorineural hearing loss, bilateral<br>H93.13 &nbsp;Tinnitus, bilateral<br>Z57.0 &nbsp;Occupational exposure to noise</td></tr>
<tr><td class="k">Work Status</td><td colspan="3"><span class="cb">&#9746;</span> Full duty with dual hearing protection &nbsp; <span class="cb">&#9744;</span> Modified duty &nbsp; <span class="cb">&#9744;</span> Off work</td></tr>
<tr><td class="k">Work-related injury?</td><td><span class="cb">&#9744;</span> Yes &nbsp; <span class="cb">&#9746;</span> No / surveillance</td><td class="k">Billing</td><td>Employer-paid &ndash; bill Ridgeline Fabrication (PO 55120). Do not bill patient insurance.</td></tr>
</table>

<table><tr><th colspan="4">SECTION IV &ndash; REFERRING CLINICIAN</th></tr>
<tr><td class="k">Name</td><td>Stephanie A. Gagnon, DO, MPH</td><td class="k">NPI</td><td>1065842118</td></tr>
<tr><td class="k">Phone</td><td>(603) 882-5150</td><td class="k">Fax</td><td>(603) 882-5158</td></tr>
<tr><td class="k">Signature</td><td><span style="font-family:Z003;font-size:15pt">S. Gagnon</span></td><td class="k">Date of Referral</td><td>11/12/2026</td></tr>
</table>
<p class="sm">Employee authorization to release work-related medical information to employer is on file (signed 11/12/2026). Results of specialist evaluation should be faxed to Tri-County Occupational Medicine, not to the employer. &nbsp; TCOM-ER-3 &nbsp;|&nbsp; Page 1 of 1</p>
</body></html>""",
fields=dict(patient_last_name="Pelletier", patient_first_name="Raymond", patient_dob="1970-08-27",
 patient_sex="M", patient_phone="6035662094", patient_mrn="TCOM-118406",
 referring_provider="Stephanie Gagnon", referring_npi="1065842118", referring_phone="6038825150",
 referring_fax="6038825158", referred_to_specialty="otolaryngology", referred_to_provider="Aaron Whitfield",
 diagnosis_codes=["H90.3","H93.13","Z57.0"],
 reason="Standard threshold shift on annual hearing conservation audiogram with bilateral tinnitus; evaluate for noise-induced sensorineural hearing loss and fitness for continued duty in high-noise area.",
 urgency="routine", referral_date="2026-11-12"))

# ---------------- NM09 urgent care cardiology ----------------
DOCS["NM09"] = dict(kind="urgent care cardiology referral (Mobile/Main)", pages=1, mode="std",
html=f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{PAGE}
body {{ font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 9.5pt }}
.top {{ display:flex; justify-content:space-between; align-items:flex-start }}
.nm {{ font-size:20pt; font-weight:bold; font-style:italic }}
.badge {{ border:3px solid #000; font-size:16pt; font-weight:bold; padding:4px 12px; text-align:center }}
.grid {{ display:grid; grid-template-columns: 1fr 1fr; gap:8px; margin-top:8px }}
.card {{ border:1px solid #000; padding:5px 8px }}
.card h4 {{ margin:0 0 3px; font-size:9pt; letter-spacing:1px; border-bottom:1px solid #000 }}
.kv {{ display:grid; grid-template-columns: 1.05in 1fr; row-gap:1px }}
.kv span:nth-child(odd) {{ font-weight:bold }}
.wide {{ border:1px solid #000; padding:5px 8px; margin-top:8px }}
.wide h4 {{ margin:0 0 3px; font-size:9pt; letter-spacing:1px; border-bottom:1px solid #000 }}
.sm {{ font-size:7.5pt }}
</style></head><body>
<div class="top"><div><div class="nm">FirstStep Urgent Care</div>
<div>Westport Plaza location &middot; 11960 Westline Industrial Dr, St. Louis, MO 63146</div>
<div>Main: (314) 878-2200 &nbsp;&middot;&nbsp; Fax: (314) 878-2209 &nbsp;&middot;&nbsp; Open 8a&ndash;8p, 7 days</div></div>
<div class="badge">URGENT<br><span style="font-size:9pt">see within 72 hours</span></div></div>
<div style="font-size:13pt;font-weight:bold;margin-top:8px;border-bottom:2px solid #000">Specialty Referral &ndash; Cardiology</div>
<div class="grid">
<div class="card"><h4>PATIENT</h4><div class="kv">
<span>Name</span><span>Denise Harrow-Kimura</span>
<span>DOB</span><span>05/11/1963</span>
<span>Sex</span><span>F</span>
<span>Mobile</span><span>(636) 489-7702</span>
<span>Acct #</span><span>UC-7730-2281</span>
<span>MRN</span><span>FS00918374</span>
<span>Address</span><span>2207 Hawthorne Ridge Ct, Chesterfield, MO 63017</span></div></div>
<div class="card"><h4>COVERAGE</h4><div class="kv">
<span>Payer</span><span>UnitedHealthcare</span>
<span>Plan</span><span>Choice Plus PPO</span>
<span>Member ID</span><span>978 441 063</span>
<span>Group</span><span>718822</span>
<span>Subscriber</span><span>Self</span>
<span>Copay</span><span>$60 specialist</span></div></div>
<div class="card"><h4>REFERRING CLINICIAN</h4><div class="kv">
<span>Clinician</span><span>Brian P. Kessler, PA-C</span>
<span>NPI</span><span>1361615549</span>
<span>Supervising</span><span>Dr. Amy Lindqvist, MD</span>
<span>Main</span><span>(314) 878-2200</span>
<span>Fax</span><span>(314) 878-2209</span></div></div>
<div class="card"><h4>REFERRED TO</h4><div class="kv">
<span>Practice</span><span>Heartland Cardiovascular Associates</span>
<span>Physician</span><span>Elena Petrovic, MD, FACC</span>
<span>Phone</span><span>(314) 996-4350</span>
<span>Fax</span><span>(314) 996-4359</span>
<span>Appt</span><span>Pt to call; office to call pt</span></div></div>
</div>
<div class="wide"><h4>REASON FOR REFERRAL</h4>
Exertional chest pressure and palpitations x 2 weeks; ECG in clinic with new T-wave inversions V4-V6, troponin negative x1. Needs expedited cardiology evaluation / stress testing.</div>
<div class="wide"><h4>DIAGNOSES (ICD-10-CM)</h4>
R07.89 &nbsp; Other chest pain &nbsp;&nbsp;|&nbsp;&nbsp; R00.2 &nbsp; Palpitations &nbsp;&nbsp;|&nbsp;&nbsp; R94.31 &nbsp; Abnormal electrocardiogram [ECG] [EKG] &nbsp;&nbsp;|&nbsp;&nbsp; I10 &nbsp; Essential (primary) hypertension</div>
<div class="wide"><h4>VISIT SUMMARY</h4>
Seen 11/17/2026 19:40. BP 152/94, HR 98, SpO2 98%. Pain-free at discharge. Given aspirin 324 mg in clinic. ED precautions reviewed: call 911 for chest pain at rest.<br>
<b>Referral date:</b> 11/18/2026 &nbsp;&nbsp; <b>Priority:</b> Urgent &nbsp;&nbsp; <b>Records:</b> ECG tracing, labs attached (3 pp)</div>
<div style="margin-top:10px">Electronically signed by Brian P. Kessler, PA-C on 11/18/2026 08:05 AM</div>
<div class="sm" style="position:fixed;bottom:0;width:100%;display:flex;justify-content:space-between"><span>FirstStep Urgent Care &middot; Referral #R-55129</span><span>Fax sent 11/18/2026 08:11 to (314) 996-4359</span><span>Page 1 of 1</span></div>
</body></html>""",
fields=dict(patient_last_name="Harrow-Kimura", patient_first_name="Denise", patient_dob="1963-05-11",
 patient_sex="F", patient_phone="6364897702", patient_mrn="FS00918374",
 insurance_payer="UnitedHealthcare", insurance_member_id="978441063",
 referring_provider="Brian Kessler", referring_npi="1361615549", referring_phone="3148782200",
 referring_fax="3148782209", referred_to_specialty="cardiology", referred_to_provider="Elena Petrovic",
 diagnosis_codes=["R07.89","R00.2","R94.31","I10"],
 reason="Exertional chest pressure and palpitations x 2 weeks; ECG in clinic with new T-wave inversions V4-V6, troponin negative x1. Needs expedited cardiology evaluation / stress testing.",
 urgency="urgent", referral_date="2026-11-18"))

# ---------------- NM10 First M. Last, DOB 04-09-1948, 11/3/26 ----------------
DOCS["NM10"] = dict(kind="EHR referral order ticket (First M. Last, short dates)", pages=1, mode="std",
html=f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{PAGE}
body {{ font-family: 'Liberation Mono', monospace; font-size: 10pt }}
.hdr {{ font-family:'Liberation Sans'; display:flex; justify-content:space-between; border-bottom:1px solid #000 }}
.hdr .n {{ font-size:13pt; font-weight:bold }}
pre {{ font-family:'Liberation Mono'; font-size:10pt; margin:0; white-space:pre-wrap }}
.ticket {{ border:1px dashed #000; padding:8px 10px; margin-top:10px }}
.big {{ font-size:12pt; font-weight:bold }}
.foot {{ position:fixed; bottom:0; width:100%; font-size:8pt; display:flex; justify-content:space-between; font-family:'Liberation Sans' }}
</style></head><body>
<div class="hdr"><div><div class="n">Blue Ridge Primary &amp; Geriatric Care</div>
<div style="font-size:8.5pt">2915 Peters Creek Rd, Roanoke, VA 24019 &middot; ph 540-366-0812 &middot; fx 540-366-0899</div></div>
<div style="font-size:8.5pt;text-align:right">REFERRAL ORDER<br>Order #: 40022817-3<br>Printed: 11/4/26 7:52</div></div>
<div class="ticket">
<div class="big">Pt: Walter J. Hendricks &nbsp; DOB 04-09-1948 &nbsp; (78 y.o. M)</div>
<pre>
Acct: 7718340        MRN: BRP-0094471        Cell: 540-293-6158
Ins : Humana Gold Plus HMO     Mbr# H41907723      Grp# none
PCP : Constance R. Abernathy, MD
</pre></div>
<div class="ticket"><pre>
ORDER:     Referral to Urology (AMB REF UROLOGY)
Ordered:   11/3/26      Auth req'd: Y (Humana)     Expires: 5/2/27
Priority:  URGENT - please schedule within 1 week
Refer to:  Dr. Gerald Osei-Bonsu, Roanoke Valley Urology
           3150 Electric Rd, Roanoke VA 24018  ph 540-772-4010  fx 540-772-4019

Dx:        R31.0   Gross hematuria
           N40.1   BPH with lower urinary tract symptoms
           Z79.01  Long term (current) use of anticoagulants

Reason:    Painless gross hematuria x3 episodes in 2 wks on apixaban;
           UA 11/3/26 >50 RBC/hpf, UCx neg. Hx 50 pk-yr smoker.
           Needs cystoscopy and upper tract imaging.

Ordering:  Constance R. Abernathy, MD   NPI 1659242246
           ph 540-366-0812   fx 540-366-0899
Signed:    Constance R. Abernathy, MD  11/3/26 16:48 (e-signed)
</pre></div>
<div class="ticket" style="font-size:9pt"><pre>
Pt notified of referral: Y (11/3/26)   Pref. contact: Cell   Interpreter: N
Notes to scheduler: Pt's daughter (Karen) helps with transport - call 540-293-6158 first.
</pre></div>
<div class="foot"><span>BRPGC EHR &middot; user: kmorales</span><span>Hendricks, Walter J &middot; DOB 04-09-1948</span><span>Page 1 of 1</span></div>
</body></html>""",
fields=dict(patient_last_name="Hendricks", patient_first_name="Walter", patient_dob="1948-04-09",
 patient_sex="M", patient_phone="5402936158", patient_mrn="BRP-0094471",
 insurance_payer="Humana Gold Plus HMO", insurance_member_id="H41907723",
 referring_provider="Constance Abernathy", referring_npi="1659242246", referring_phone="5403660812",
 referring_fax="5403660899", referred_to_specialty="urology", referred_to_provider="Gerald Osei-Bonsu",
 diagnosis_codes=["R31.0","N40.1","Z79.01"],
 reason="Painless gross hematuria x3 episodes in 2 wks on apixaban; UA 11/3/26 >50 RBC/hpf, UCx neg. Hx 50 pk-yr smoker. Needs cystoscopy and upper tract imaging.",
 urgency="urgent", referral_date="2026-11-03"))
