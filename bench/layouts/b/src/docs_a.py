# NM01-NM05
DOCS = {}

PAGE = "@page { size: letter; margin: 0.6in } * { box-sizing: border-box } body { margin:0; color:#000 }"

# ---------------- NM01 imaging requisition ----------------
DOCS["NM01"] = dict(kind="imaging order requisition", pages=1, mode="std",
html=f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{PAGE}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt }}
.hdr {{ display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid #000; padding-bottom:4px }}
.logo {{ font-size:19pt; font-weight:bold; letter-spacing:1px }}
.sub {{ font-size:9pt }}
h2 {{ text-align:center; font-size:14pt; margin:8px 0 6px; letter-spacing:2px }}
.band {{ background:#000; color:#fff; font-weight:bold; font-size:9.5pt; padding:2px 6px; margin-top:8px }}
table.g {{ width:100%; border-collapse:collapse }}
table.g td {{ border:1px solid #000; padding:3px 5px; vertical-align:top; font-size:10pt }}
.l {{ font-size:7.5pt; text-transform:uppercase; display:block; color:#000 }}
.v {{ font-family:'Liberation Mono', monospace; font-size:10.5pt; font-weight:bold }}
.box {{ border:1px solid #000; padding:5px 7px; min-height:40px }}
.small {{ font-size:8pt }}
.cb {{ font-family:'DejaVu Sans'; }}
</style></head><body>
<div class="hdr"><div><div class="logo">LAKESHORE DIAGNOSTIC IMAGING</div>
<div class="sub">2240 N. Clybourn Ave, Suite 100 &middot; Chicago, IL 60614</div></div>
<div class="sub" style="text-align:right">Central Scheduling: (312) 784-2290<br>Scheduling Fax: (312) 784-2291<br>www.lakeshoredx.example</div></div>
<h2>OUTPATIENT IMAGING REQUISITION</h2>
<div class="small">Please fax completed requisition with insurance card copy to Central Scheduling. Orders without a signature and diagnosis will be returned.</div>

<div class="band">A. ORDERING PHYSICIAN</div>
<table class="g"><tr>
<td style="width:40%"><span class="l">Ordering Physician</span><span class="v">Rebecca L. Thornton, MD</span></td>
<td style="width:25%"><span class="l">NPI</span><span class="v">1765197102</span></td>
<td><span class="l">Practice</span><span class="v">Northgate Family Medicine</span></td></tr>
<tr><td colspan="1"><span class="l">Office Address</span><span class="v">6015 N. Western Ave, Chicago, IL 60659</span></td>
<td><span class="l">Office Phone</span><span class="v">(773) 465-3108</span></td>
<td><span class="l">Office Fax (results)</span><span class="v">(773) 465-3190</span></td></tr>
<tr><td colspan="3"><span class="l">Send copy of report to (optional)</span><span class="v">&nbsp;</span></td></tr>
</table>

<div class="band">B. PATIENT INFORMATION</div>
<table class="g"><tr>
<td style="width:30%"><span class="l">Patient Last Name</span><span class="v">Dombrowski</span></td>
<td style="width:30%"><span class="l">First Name</span><span class="v">Gregory</span></td>
<td style="width:10%"><span class="l">M.I.</span><span class="v">A</span></td>
<td><span class="l">Date of Birth</span><span class="v">03/22/1967</span></td></tr>
<tr><td><span class="l">Sex</span><span class="cb">&#9746;</span> M &nbsp; <span class="cb">&#9744;</span> F</td>
<td><span class="l">Home / Cell Phone</span><span class="v">(773) 907-4416</span></td>
<td colspan="2"><span class="l">Patient ID / MRN</span><span class="v">NFM-0048812</span></td></tr>
<tr><td colspan="2"><span class="l">Address</span><span class="v">4418 W. Berteau Ave, Chicago, IL 60641</span></td>
<td colspan="2"><span class="l">Weight (lbs) &nbsp;/ Pregnant?</span><span class="v">212 &nbsp; / &nbsp; N/A</span></td></tr>
<tr><td colspan="2"><span class="l">Primary Insurance</span><span class="v">Blue Cross Blue Shield of Illinois</span></td>
<td colspan="2"><span class="l">Policy / Member #</span><span class="v">XOF884120573</span></td></tr>
<tr><td colspan="2"><span class="l">Group #</span><span class="v">B16775</span></td>
<td colspan="2"><span class="l">Prior Auth #</span><span class="v">Pending</span></td></tr>
</table>

<div class="band">C. EXAMINATION</div>
<table class="g"><tr><td style="width:50%">
<span class="l">Exam Requested</span><span class="v">MRI LUMBAR SPINE W/O CONTRAST (CPT 72148)</span></td>
<td><span class="l">Priority</span><span class="cb">&#9746;</span> Routine &nbsp; <span class="cb">&#9744;</span> Urgent (24-48 h) &nbsp; <span class="cb">&#9744;</span> STAT</td></tr>
<tr><td colspan="2"><span class="l">Clinical History / Reason for Exam</span>
<span class="v">Low back pain radiating down left leg x 8 weeks with numbness in L5 distribution; failed 6 weeks of PT and NSAIDs.</span></td></tr>
<tr><td><span class="l">ICD-10 Diagnosis Code(s)</span><span class="v">M54.16, M51.26</span></td>
<td><span class="l">Contrast allergy / eGFR / Implants</span><span class="v">None / 88 / None</span></td></tr>
</table>

<div class="band">D. AUTHORIZATION</div>
<table class="g"><tr><td style="width:60%;height:46px"><span class="l">Physician Signature</span>
<span style="font-family:Z003; font-size:17pt">Rebecca Thornton</span></td>
<td><span class="l">Date Ordered</span><span class="v">10/14/2026</span></td></tr></table>
<p class="small">FOR LDI USE ONLY &mdash; Appt date: ________ &nbsp; Time: ______ &nbsp; Tech: ______ &nbsp; Protocol: ________</p>
<div class="small" style="position:fixed; bottom:0; width:100%; display:flex; justify-content:space-between"><span>LDI-104 Rev. 03/2025</span><span>Page 1 of 1</span></div>
</body></html>""",
fields=dict(patient_last_name="Dombrowski", patient_first_name="Gregory", patient_dob="1967-03-22",
 patient_sex="M", patient_phone="7739074416", patient_mrn="NFM-0048812",
 insurance_payer="Blue Cross Blue Shield of Illinois", insurance_member_id="XOF884120573",
 referring_provider="Rebecca Thornton", referring_npi="1765197102", referring_phone="7734653108",
 referring_fax="7734653190", referred_to_specialty="radiology", diagnosis_codes=["M54.16","M51.26"],
 reason="Low back pain radiating down left leg x 8 weeks with numbness in L5 distribution; failed 6 weeks of PT and NSAIDs.",
 urgency="routine", referral_date="2026-10-14"))

# ---------------- NM02 PT prescription pad ----------------
DOCS["NM02"] = dict(kind="physical therapy prescription pad", pages=1, mode="fine",
html=f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{PAGE}
body {{ font-family: 'Nimbus Roman', 'Liberation Serif', serif; font-size: 12pt }}
.pad {{ width: 6.6in; margin: 0.2in auto; border: 2px solid #000; padding: 0.25in 0.3in; border-radius: 6px }}
.top {{ text-align:center; border-bottom:1px solid #000; padding-bottom:6px }}
.top .n {{ font-size:16pt; font-weight:bold; font-variant: small-caps }}
.top .d {{ font-size:9.5pt }}
.line {{ display:flex; margin-top:10px; align-items:flex-end }}
.line .lab {{ font-size:10pt; white-space:nowrap; margin-right:4px }}
.line .val {{ flex:1; border-bottom:1px solid #000; font-family:'Liberation Mono', monospace; font-size:11.5pt; padding-left:4px }}
.rx {{ font-size:46pt; font-weight:bold; font-family:'Nimbus Roman'; line-height:1; margin-top:10px }}
.body {{ font-family:'Liberation Mono', monospace; font-size:11pt; margin-left:16px; line-height:1.45 }}
.sig {{ margin-top:26px; text-align:right }}
.sig .s {{ font-family:Z003; font-size:22pt; border-bottom:1px solid #000; display:inline-block; min-width:3.2in; text-align:center }}
.sig .c {{ font-size:10pt }}
.foot {{ font-size:8pt; text-align:center; margin-top:14px; border-top:1px dotted #000; padding-top:4px }}
.note {{ width:6.6in; margin:0 auto; font-size:9pt; font-family:'Liberation Sans' }}
</style></head><body>
<div class="note">FAX TO: Coastal Motion Physical Therapy &middot; (207) 871-6634 &nbsp;&nbsp; Pages: 1 incl. this one</div>
<div class="pad">
<div class="top"><div class="n">Harborview Orthopaedic &amp; Sports Medicine</div>
<div class="d">Daniel K. Ferreira, MD &middot; Priya Sandoval, MD &middot; Thomas O'Leary, PA-C</div>
<div class="d">180 Fore River Parkway, Suite 300, Portland, ME 04102</div>
<div class="d">Tel (207) 553-2870 &nbsp;&middot;&nbsp; Fax (207) 553-2879</div></div>
<div class="line"><span class="lab">Name</span><span class="val">Patricia Okonkwo-Hale</span><span class="lab" style="margin-left:10px">Date</span><span class="val" style="flex:0 0 1.3in">11/02/2026</span></div>
<div class="line"><span class="lab">DOB</span><span class="val" style="flex:0 0 1.3in">07/19/1958</span><span class="lab" style="margin-left:10px">Phone</span><span class="val">(207) 671-0935</span></div>
<div class="line"><span class="lab">Address</span><span class="val">42 Ocean House Rd, Cape Elizabeth, ME 04107</span></div>
<div class="line"><span class="lab">Ins.</span><span class="val">Anthem BCBS Maine &nbsp;ID YRH620448157</span></div>
<div class="rx">&#8478;</div>
<div class="body">
<b>PT eval and treat</b> &mdash; R shoulder<br>
Dx: Partial-thickness rotator cuff tear, R shoulder (M75.111);<br>
&nbsp;&nbsp;&nbsp;&nbsp;R shoulder pain (M25.511)<br>
Reason: Restore ROM and strength; non-operative<br>
&nbsp;&nbsp;&nbsp;&nbsp;mgmt of R partial RTC tear, failed home program.<br>
Freq: 2-3x/week x 6 weeks<br>
Include: ROM, scapular stabilization, RTC strengthening,<br>
&nbsp;&nbsp;&nbsp;&nbsp;modalities PRN, HEP. No overhead lifting &gt;10 lb.<br>
Refer to: Megan Driscoll, DPT &ndash; Coastal Motion PT
</div>
<div class="sig"><span class="s">Daniel K Ferreira</span><br>
<span class="c">Daniel K. Ferreira, MD &nbsp;&nbsp; NPI 1779377476</span></div>
<div class="line" style="font-size:9pt"><span class="lab">&#9744; Dispense as written</span><span style="flex:1"></span><span class="lab">Refills: 0</span></div>
<div class="foot">Prescription valid 90 days from date written. HOSMC Form RX-PT-2</div>
</div>
</body></html>""",
fields=dict(patient_last_name="Okonkwo-Hale", patient_first_name="Patricia", patient_dob="1958-07-19",
 patient_phone="2076710935", insurance_payer="Anthem BCBS Maine", insurance_member_id="YRH620448157",
 referring_provider="Daniel Ferreira", referring_npi="1779377476", referring_phone="2075532870",
 referring_fax="2075532879", referred_to_specialty="physical_therapy", referred_to_provider="Megan Driscoll",
 diagnosis_codes=["M75.111","M25.511"],
 reason="Restore ROM and strength; non-operative mgmt of R partial RTC tear, failed home program.",
 referral_date="2026-11-02"))

# ---------------- NM03 behavioral health referral ----------------
DOCS["NM03"] = dict(kind="behavioral health referral with referral source", pages=1, mode="fine",
html=f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{PAGE}
body {{ font-family: 'URW Gothic', 'DejaVu Sans', sans-serif; font-size: 10pt }}
.t {{ font-size:15pt; font-weight:bold; text-align:center }}
.st {{ text-align:center; font-size:9pt; margin-bottom:6px }}
fieldset {{ border:1.5px solid #000; border-radius:8px; margin:7px 0; padding:4px 10px 6px }}
legend {{ font-weight:bold; font-size:10.5pt; padding:0 6px; text-transform:uppercase }}
.r {{ display:flex; gap:14px; margin:3px 0 }}
.r div {{ flex:1 }}
b {{ font-weight:bold }}
.u {{ border-bottom:1px solid #000; padding:0 4px; font-family:'DejaVu Sans'; font-size:10pt }}
.cb {{ font-family:'DejaVu Sans' }}
.txt {{ border:1px solid #000; padding:4px 6px; font-family:'DejaVu Sans'; font-size:9.8pt; margin-top:2px }}
.conf {{ font-size:7.5pt; border-top:1px solid #000; margin-top:8px; padding-top:3px }}
</style></head><body>
<div class="t">Summit Behavioral Health Associates</div>
<div class="st">Intake Coordination &middot; 915 Haywood Rd, Asheville, NC 28806 &middot; Intake line (828) 398-7720 &middot; Secure intake fax (828) 398-7729</div>
<div style="text-align:center;font-size:13pt;font-weight:bold;border:2px solid #000;padding:3px;margin-bottom:4px">BEHAVIORAL HEALTH REFERRAL FORM</div>

<fieldset><legend>Client Information</legend>
<div class="r"><div><b>Client first name:</b> <span class="u">Alyssa</span></div><div><b>Client last name:</b> <span class="u">Vandermeer</span></div><div><b>Preferred name:</b> <span class="u">Aly</span></div></div>
<div class="r"><div><b>Date of birth:</b> <span class="u">12/03/1994</span> &nbsp;(age 31)</div><div><b>Sex assigned at birth:</b> <span class="cb">&#9744;</span> Male <span class="cb">&#9746;</span> Female</div><div><b>Pronouns:</b> <span class="u">she/her</span></div></div>
<div class="r"><div><b>Preferred phone:</b> <span class="u">(828) 702-5561</span> &nbsp; OK to leave message? <span class="cb">&#9746;</span> Yes <span class="cb">&#9744;</span> No</div></div>
<div class="r"><div style="flex:1.6"><b>Insurance carrier:</b> <span class="u">Aetna Better Health of North Carolina</span></div><div><b>Subscriber ID:</b> <span class="u">W284 5509 371</span></div></div>
<div class="r"><div><b>Referring practice chart #:</b> <span class="u">RIM2210456</span></div><div><b>Guardian (if minor):</b> <span class="u">N/A</span></div></div>
</fieldset>

<fieldset><legend>Referral Source</legend>
<div class="r"><div><b>Referring clinician:</b> <span class="u">Marcus T. Holloway, FNP-C</span></div><div><b>NPI:</b> <span class="u">1297166237</span></div></div>
<div class="r"><div><b>Agency / practice:</b> <span class="u">Riverbend Internal Medicine</span></div><div><b>Relationship to client:</b> <span class="u">Primary care provider</span></div></div>
<div class="r"><div><b>Address:</b> <span class="u">33 Meadow Rd, Suite B, Asheville, NC 28803</span></div></div>
<div class="r"><div><b>Phone:</b> <span class="u">(828) 274-6615</span></div><div><b>Fax:</b> <span class="u">(828) 274-6620</span></div><div><b>Contact:</b> <span class="u">Dana (referral coord.)</span></div></div>
</fieldset>

<fieldset><legend>Services Requested</legend>
<div class="r"><div><span class="cb">&#9746;</span> Psychiatric evaluation / medication management &nbsp; <span class="cb">&#9744;</span> Individual therapy &nbsp; <span class="cb">&#9744;</span> Group &nbsp; <span class="cb">&#9744;</span> Substance use assessment</div></div>
<div class="r"><div><b>Requested clinician (if any):</b> <span class="u">Dr. Naomi Feldstein (Psychiatry)</span></div></div>
<div class="r"><div><b>Level of urgency:</b> <span class="cb">&#9744;</span> Routine (2&ndash;4 wks) &nbsp; <span class="cb">&#9746;</span> Urgent (within 72 hrs) &nbsp; <span class="cb">&#9744;</span> Emergent &mdash; send to ED / call 988</div></div>
</fieldset>

<fieldset><legend>Presenting Concerns / Reason for Referral</legend>
<div class="txt">Worsening depression and anxiety over 3 months despite sertraline 150 mg; passive SI without plan, poor sleep, missed work. Requests psychiatric med evaluation.</div>
<div class="r" style="margin-top:5px"><div><b>Diagnosis (ICD-10):</b> <span class="u">F33.1 &ndash; MDD, recurrent, moderate; &nbsp;F41.1 &ndash; Generalized anxiety disorder</span></div></div>
<div class="r"><div><b>Screening:</b> PHQ-9 = 17 (10/29/2026) &nbsp; GAD-7 = 14 &nbsp; C-SSRS: passive ideation, no plan/intent</div></div>
<div class="r"><div><b>Current meds:</b> sertraline 150 mg daily; hydroxyzine 25 mg PRN</div></div>
</fieldset>

<div class="r"><div><b>Client consented to referral:</b> <span class="cb">&#9746;</span> Yes</div><div><b>Date of referral:</b> <span class="u">10/30/2026</span></div><div><b>Signature:</b> <span style="font-family:Z003;font-size:15pt">M. Holloway</span></div></div>
<div class="conf">CONFIDENTIAL: This referral contains protected health information, which may include information protected under 42 CFR Part 2. If received in error, call (828) 398-7720 and destroy. &nbsp; SBHA-REF-07 &nbsp; Page 1/1</div>
</body></html>""",
fields=dict(patient_last_name="Vandermeer", patient_first_name="Alyssa", patient_dob="1994-12-03",
 patient_sex="F", patient_phone="8287025561", patient_mrn="RIM2210456",
 insurance_payer="Aetna Better Health of North Carolina", insurance_member_id="W2845509371",
 referring_provider="Marcus Holloway", referring_npi="1297166237", referring_phone="8282746615",
 referring_fax="8282746620", referred_to_specialty="psychiatry", referred_to_provider="Naomi Feldstein",
 diagnosis_codes=["F33.1","F41.1"],
 reason="Worsening depression and anxiety over 3 months despite sertraline 150 mg; passive SI without plan, poor sleep, missed work. Requests psychiatric med evaluation.",
 urgency="urgent", referral_date="2026-10-30"))

# ---------------- NM04 payer prior auth ----------------
DOCS["NM04"] = dict(kind="payer prior-authorization referral form", pages=1, mode="fine",
html=f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{PAGE}
body {{ font-family: 'Nimbus Sans', 'Liberation Sans', sans-serif; font-size: 9.5pt }}
.top {{ display:flex; justify-content:space-between; border-bottom:2px solid #000; padding-bottom:3px }}
.plan {{ font-size:17pt; font-weight:bold }}
.ttl {{ font-size:12pt; font-weight:bold; margin:5px 0 2px }}
.instr {{ font-size:8pt; border:1px dashed #000; padding:3px 5px }}
.sec {{ margin-top:6px; font-weight:bold; font-size:10pt; border-bottom:1px solid #000 }}
table {{ width:100%; border-collapse:collapse; margin-top:2px }}
td {{ padding:2px 4px; vertical-align:bottom; font-size:9.5pt }}
td.k {{ width:1%; white-space:nowrap; font-size:8.5pt }}
td.v {{ border-bottom:1px solid #000; font-family:'Liberation Sans'; font-size:10pt }}
.cb {{ font-family:'DejaVu Sans' }}
.sm {{ font-size:7.5pt }}
</style></head><body>
<div class="top"><div><div class="plan">Crestline Health Plan</div><div class="sm">Medicare Advantage &amp; Commercial &middot; Utilization Management Dept.</div></div>
<div class="sm" style="text-align:right">UM Phone: (866) 402-7781<br>UM Fax: (866) 402-7790<br>Provider Services: (866) 402-7700</div></div>
<div class="ttl">SPECIALIST REFERRAL / PRIOR AUTHORIZATION REQUEST</div>
<div class="instr">Complete ALL sections. Incomplete requests will be pended. Standard requests are decided within 14 calendar days; expedited within 72 hours. Attach clinical notes. Fax to UM at (866) 402-7790.</div>

<div class="sec">1. MEMBER INFORMATION</div>
<table><tr><td class="k">Member last name</td><td class="v">Castellanos</td><td class="k">First</td><td class="v">Rosalind</td><td class="k">MI</td><td class="v" style="width:5%">E</td></tr></table>
<table><tr><td class="k">Member ID #</td><td class="v">CHP448201935</td><td class="k">Group #</td><td class="v">MA-0091</td><td class="k">Date of birth</td><td class="v">01/08/1952</td><td class="k">Gender</td><td class="v" style="width:6%">F</td></tr></table>
<table><tr><td class="k">Member phone</td><td class="v">(614) 839-2270</td><td class="k">PCP on file</td><td class="v">Harold Nguyen-Baptiste, DO</td><td class="k">Member acct / MRN</td><td class="v">EMC77201493</td></tr></table>

<div class="sec">2. REQUESTING (REFERRING) PROVIDER</div>
<table><tr><td class="k">Provider name</td><td class="v">Harold Nguyen-Baptiste, DO</td><td class="k">NPI</td><td class="v">1604760318</td><td class="k">TIN</td><td class="v">31-4478021</td></tr></table>
<table><tr><td class="k">Practice</td><td class="v">Eastmoor Medical Center</td><td class="k">Address</td><td class="v">3580 E. Broad St, Columbus, OH 43213</td></tr></table>
<table><tr><td class="k">Phone</td><td class="v">(614) 237-8804</td><td class="k">Fax</td><td class="v">(614) 237-8810</td><td class="k">Office contact</td><td class="v">Terri B.</td></tr></table>

<div class="sec">3. SERVICING PROVIDER / FACILITY</div>
<table><tr><td class="k">Provider name</td><td class="v">Vikram Raghunathan, MD</td><td class="k">Specialty</td><td class="v">Gastroenterology</td><td class="k">NPI</td><td class="v">1780582643</td></tr></table>
<table><tr><td class="k">Facility</td><td class="v">Central Ohio Digestive Health &ndash; Endoscopy Center</td><td class="k">Phone</td><td class="v">(614) 459-3300</td><td class="k">Fax</td><td class="v">(614) 459-3311</td></tr></table>
<table><tr><td class="k">In network?</td><td><span class="cb">&#9746;</span> Yes <span class="cb">&#9744;</span> No <span class="cb">&#9744;</span> Unknown</td><td class="k">Place of service</td><td><span class="cb">&#9744;</span> Office <span class="cb">&#9746;</span> ASC <span class="cb">&#9744;</span> Outpatient hospital</td></tr></table>

<div class="sec">4. CLINICAL INFORMATION</div>
<table><tr><td class="k">Primary Dx (ICD-10)</td><td class="v">K62.5</td><td class="k">Secondary Dx</td><td class="v">D50.9</td><td class="k">Additional Dx</td><td class="v">Z80.0</td></tr></table>
<table><tr><td class="k">Service requested</td><td class="v">GI consultation and diagnostic colonoscopy</td><td class="k">CPT/HCPCS</td><td class="v">99204, 45378</td><td class="k">Units/visits</td><td class="v">2</td></tr></table>
<table><tr><td class="k">Reason for referral / clinical summary</td></tr>
<tr><td class="v" style="height:34px">Intermittent bright red blood per rectum x 6 weeks with new iron deficiency anemia (Hgb 10.1); mother had colon cancer at 58. Last colonoscopy &gt;10 years ago.</td></tr></table>

<div class="sec">5. REQUEST TYPE</div>
<table><tr><td><span class="cb">&#9746;</span> Standard &nbsp;&nbsp; <span class="cb">&#9744;</span> Expedited / Urgent (delay could seriously jeopardize life or health) &nbsp;&nbsp; <span class="cb">&#9744;</span> Retro review</td></tr>
<tr><td>Requested start date: <u>&nbsp;11/16/2026&nbsp;</u> &nbsp;&nbsp; Date of request: <u>&nbsp;11/09/2026&nbsp;</u></td></tr></table>

<div class="sec">6. ATTESTATION</div>
<table><tr><td class="sm">I attest the information provided is true and accurate and supported by the medical record.</td></tr>
<tr><td>Signature: <span style="font-family:Z003;font-size:15pt">H Nguyen-Baptiste DO</span> &nbsp;&nbsp; Date: 11/09/2026</td></tr></table>
<div class="sm" style="margin-top:8px;border-top:1px solid #000;padding-top:2px;display:flex;justify-content:space-between"><span>FOR PLAN USE: Auth # __________ &nbsp; Approved / Denied / Pended &nbsp; Reviewer ____</span><span>CHP-UM-REF (01/2026) &nbsp; Page 1 of 1</span></div>
</body></html>""",
fields=dict(patient_last_name="Castellanos", patient_first_name="Rosalind", patient_dob="1952-01-08",
 patient_sex="F", patient_phone="6148392270", patient_mrn="EMC77201493",
 insurance_payer="Crestline Health Plan", insurance_member_id="CHP448201935",
 referring_provider="Harold Nguyen-Baptiste", referring_npi="1604760318", referring_phone="6142378804",
 referring_fax="6142378810", referred_to_specialty="gastroenterology", referred_to_provider="Vikram Raghunathan",
 diagnosis_codes=["K62.5","D50.9","Z80.0"],
 reason="Intermittent bright red blood per rectum x 6 weeks with new iron deficiency anemia (Hgb 10.1); mother had colon cancer at 58. Last colonoscopy >10 years ago.",
 urgency="routine", referral_date="2026-11-09"))

# ---------------- NM05 e-referral portal printout ----------------
def row(k, v):
    return f'<tr><td class="k">{k}</td><td class="dots"></td><td class="v">{v}</td></tr>'
rows1 = "".join(row(k,v) for k,v in [
 ("Referral ID:", "ER-2026-1104-88317"), ("Status:", "Submitted &ndash; Awaiting Scheduling"),
 ("Referral Date:", "2026-11-04"), ("Priority:", "Routine"), ("Referral Type:", "Consult &amp; Treat"),
 ("Visits Requested:", "3"), ("Valid Through:", "2027-05-03")])
rows2 = "".join(row(k,v) for k,v in [
 ("Patient Last Name:", "Solberg"), ("Patient First Name:", "Marcus"), ("Date of Birth:", "1981-06-30"),
 ("Sex:", "Male"), ("Home Phone:", "(402) 915-3387"), ("Work Phone:", "(402) 444-6100 x221"),
 ("MRN:", "000731845"), ("Health Plan:", "Medica"), ("Subscriber ID:", "MED-90021745-01")])
rows3 = "".join(row(k,v) for k,v in [
 ("Referring Provider:", "Caroline W. Ashby, MD"), ("Referring NPI:", "1893378848"),
 ("Referring Location:", "Prairie Oak Primary Care &ndash; Dodge St"), ("Referring Phone:", "(402) 398-1150"),
 ("Referring Fax:", "(402) 398-1159")])
rows4 = "".join(row(k,v) for k,v in [
 ("Referred-To Provider:", "Julian Okafor, MD"), ("Referred-To NPI:", "1759332525"),
 ("Specialty:", "Dermatology"), ("Department:", "Midlands Dermatology &amp; Mohs Surgery"),
 ("Location Phone:", "(402) 827-4400"), ("Location Fax:", "(402) 827-4409")])
rows5 = "".join(row(k,v) for k,v in [
 ("Diagnosis 1:", "D48.5 &ndash; Neoplasm of uncertain behavior of skin"),
 ("Diagnosis 2:", "L57.0 &ndash; Actinic keratosis"),
 ("Reason for Referral:", "Enlarging irregular pigmented lesion L upper back, 9 mm, evaluate for biopsy/excision; multiple AKs on scalp"),
 ("Attachments:", "Clinical note 11/03/2026; lesion photo (1)")])
DOCS["NM05"] = dict(kind="e-referral portal printout (right-aligned values)", pages=1, mode="std",
html=f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{PAGE}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt }}
.url {{ font-size:7.5pt; display:flex; justify-content:space-between; border-bottom:1px solid #888 }}
.bar {{ display:flex; justify-content:space-between; align-items:center; margin:6px 0 }}
.brand {{ font-size:15pt; font-weight:bold }}
.brand small {{ font-size:9pt; font-weight:normal }}
.nav {{ font-size:8pt; border:1px solid #000; padding:2px 6px }}
h3 {{ font-size:10.5pt; margin:9px 0 2px; background:#ddd; padding:2px 4px; border-left:4px solid #000 }}
table {{ width:100%; border-collapse:collapse }}
td.k {{ width:1%; white-space:nowrap; padding:1.5px 2px; color:#000 }}
td.dots {{ }}
td.v {{ text-align:right; padding:1.5px 2px; width:55% }}
.foot {{ position:fixed; bottom:0; width:100%; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #888 }}
</style></head><body>
<div class="url"><span>11/5/26, 9:14 AM</span><span>CareBridge Provider Portal &ndash; Referral Detail</span></div>
<div class="bar"><div class="brand">CareBridge<small> &nbsp;e-Referral Exchange</small></div><div class="nav">Home &nbsp;|&nbsp; Referrals &nbsp;|&nbsp; Messages (2) &nbsp;|&nbsp; Log out</div></div>
<div style="font-size:12pt;font-weight:bold;margin-top:4px">Outbound Referral &mdash; Detail View</div>
<h3>Referral</h3><table>{rows1}</table>
<h3>Patient</h3><table>{rows2}</table>
<h3>Referred By</h3><table>{rows3}</table>
<h3>Referred To</h3><table>{rows4}</table>
<h3>Clinical</h3><table>{rows5}</table>
<h3>Activity Log</h3>
<table style="font-size:8pt"><tr><td>2026-11-04 16:02</td><td>Created by cashby (Prairie Oak Primary Care)</td></tr>
<tr><td>2026-11-04 16:05</td><td>Sent to Midlands Dermatology &amp; Mohs Surgery</td></tr>
<tr><td>2026-11-05 09:13</td><td>Viewed by front desk (MDMS)</td></tr></table>
<div class="foot"><span>https://portal.carebridge.example/referrals/outbound/ER-2026-1104-88317</span><span>Printed by: jrenner &middot; 11/05/2026 09:14 &middot; 1/1</span></div>
</body></html>""",
fields=dict(patient_last_name="Solberg", patient_first_name="Marcus", patient_dob="1981-06-30",
 patient_sex="M", patient_phone="4029153387", patient_mrn="000731845",
 insurance_payer="Medica", insurance_member_id="MED-90021745-01",
 referring_provider="Caroline Ashby", referring_npi="1893378848", referring_phone="4023981150",
 referring_fax="4023981159", referred_to_specialty="dermatology", referred_to_provider="Julian Okafor",
 diagnosis_codes=["D48.5","L57.0"],
 reason="Enlarging irregular pigmented lesion L upper back, 9 mm, evaluate for biopsy/excision; multiple AKs on scalp",
 urgency="routine", referral_date="2026-11-04"))
