"""Generate HTML + truth JSON for NT01..NT10 (fictional people/orgs)."""
import json, os
from common import luhn_npi, ph, BASE_CSS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = []   # (id, kind, mode, html, fields, checks)

def add(i, kind, mode, html, fields, checks):
    DOCS.append(dict(id=f"NT{i:02d}", kind=kind, mode=mode, html=html, fields=fields, checks=checks))

# ---------------------------------------------------------------- NT01
# EHR vendor "CareSphere" ambulatory referral order, 2 pages
npi1 = luhn_npi("117325860")
f = dict(patient_last_name="Holloway", patient_first_name="Denise", patient_dob="1958-03-14",
         patient_sex="F", patient_phone="6148712290", patient_mrn="20417763",
         insurance_payer="Anthem Blue Cross Blue Shield", insurance_member_id="YRK448201937",
         referring_provider="Andrea Whitfield", referring_npi=npi1, referring_phone="6142874413",
         referring_fax="6142874499", referred_to_specialty="orthopedics", referred_to_provider="Marcus Tran",
         diagnosis_codes=["M17.11"],
         reason="Right knee pain with progressive osteoarthritis, failed 3 months of NSAIDs and physical therapy; evaluate for injection vs. arthroplasty",
         urgency="routine", referral_date="2026-10-06")
checks = dict(patient_last_name="HOLLOWAY", patient_first_name="DENISE", patient_dob="03/14/1958", patient_sex="Female",
              patient_phone="(614) 871-2290", patient_mrn="20417763", insurance_payer=f["insurance_payer"],
              insurance_member_id="YRK448201937", referring_provider=["Andrea", "Whitfield"], referring_npi=npi1,
              referring_phone="(614) 287-4413", referring_fax="(614) 287-4499", referred_to_specialty="Orthopedic Surgery",
              referred_to_provider=["Marcus", "Tran"], diagnosis_codes=["M17.11"], reason=f["reason"],
              urgency="Routine", referral_date="10/06/2026")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{BASE_CSS}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }}
.banner {{ background:#000; color:#fff; padding:5px 8px; font-weight:bold; font-size:13pt; display:flex; justify-content:space-between; }}
.sub {{ border-bottom:2px solid #000; padding:3px 0 6px; font-size:9pt; display:flex; justify-content:space-between; }}
h3 {{ font-size:10.5pt; margin:12px 0 3px; border-bottom:1px solid #000; text-transform:uppercase; letter-spacing:0.5px; }}
table.kv td {{ padding:2px 6px 2px 0; vertical-align:top; }}
table.kv td.l {{ color:#000; font-weight:bold; width:1.6in; }}
.foot {{ position:fixed; bottom:0; left:0; right:0; font-size:8pt; border-top:1px solid #000; padding-top:2px; display:flex; justify-content:space-between; }}
</style></head><body>
<div class="banner"><span>Maple Grove Family Medicine</span><span>AMBULATORY REFERRAL ORDER</span></div>
<div class="sub"><span>4120 Sawmill Pkwy, Suite 200, Columbus, OH 43235 &nbsp;|&nbsp; Main (614) 287-4400 &nbsp;|&nbsp; Fax (614) 287-4401</span><span>CareSphere&reg; EHR v11.4</span></div>
<table class="kv" style="margin-top:6px"><tr><td class="l">Order #</td><td>REF-2026-0183377</td><td class="l">Order Date</td><td>10/06/2026</td></tr>
<tr><td class="l">Order Status</td><td>Signed</td><td class="l">Priority</td><td>Routine</td></tr></table>
<h3>Patient</h3>
<table class="kv">
<tr><td class="l">Name</td><td>HOLLOWAY, DENISE M</td><td class="l">MRN</td><td>20417763</td></tr>
<tr><td class="l">DOB</td><td>03/14/1958 (68 y.o.)</td><td class="l">Legal Sex</td><td>Female</td></tr>
<tr><td class="l">Address</td><td>2288 Tamarack Ct<br>Westerville, OH 43081</td><td class="l">Home Phone</td><td>(614) 871-2290</td></tr>
<tr><td class="l">Language</td><td>English</td><td class="l">Emergency Contact</td><td>Gary Holloway (Spouse)<br>(614) 871-3307</td></tr>
</table>
<h3>Coverage</h3>
<table class="kv">
<tr><td class="l">Payer</td><td>Anthem Blue Cross Blue Shield</td><td class="l">Plan</td><td>Blue Access PPO</td></tr>
<tr><td class="l">Subscriber ID</td><td>YRK448201937</td><td class="l">Group No.</td><td>170384M002</td></tr>
</table>
<h3>Referral Information</h3>
<table class="kv">
<tr><td class="l">Referral Type</td><td>Consult and Treat</td><td class="l">Visits Requested</td><td>1</td></tr>
<tr><td class="l">Refer To Dept</td><td>Orthopedic Surgery</td><td class="l">Refer To Provider</td><td>Marcus Tran, MD</td></tr>
<tr><td class="l">Refer To Location</td><td colspan="3">Ohio Orthopedic Associates, 880 Polaris Pkwy, Westerville, OH 43082<br>Ph (614) 336-9020 &nbsp; Fax (614) 336-9021</td></tr>
<tr><td class="l">Diagnoses</td><td colspan="3">Primary osteoarthritis, right knee [M17.11]</td></tr>
<tr><td class="l">Reason for Referral</td><td colspan="3">{f['reason']}</td></tr>
</table>
<h3>Referring Provider</h3>
<table class="kv">
<tr><td class="l">Referred By</td><td>Andrea K. Whitfield, MD</td><td class="l">NPI</td><td>{npi1}</td></tr>
<tr><td class="l">Provider Phone</td><td>(614) 287-4413</td><td class="l">Provider Fax</td><td>(614) 287-4499</td></tr>
</table>
<div class="foot"><span>Printed 10/07/2026 08:14 by KESSLERJ &nbsp; HOLLOWAY, DENISE M &nbsp; MRN 20417763</span><span>Page 1 of 2</span></div>
<div class="pb"></div>
<div class="banner"><span>Maple Grove Family Medicine</span><span>AMBULATORY REFERRAL ORDER (cont.)</span></div>
<div class="sub"><span>Patient: HOLLOWAY, DENISE M &nbsp; DOB 03/14/1958 &nbsp; MRN 20417763</span><span>Order # REF-2026-0183377</span></div>
<h3>Clinical Notes</h3>
<p>68 y.o. female with 2-year history of right knee pain, worse with stairs and prolonged standing. Standing X-ray 09/22/2026 shows
moderate-to-severe medial joint space narrowing with osteophytes. Completed 12 sessions of PT (07/2026 - 09/2026) and meloxicam 15 mg daily
with limited relief. BMI 31.2. No prior knee surgery.</p>
<h3>Active Medications</h3>
<table class="kv"><tr><td>meloxicam 15 mg tablet, 1 tab PO daily</td></tr><tr><td>lisinopril 10 mg tablet, 1 tab PO daily</td></tr>
<tr><td>atorvastatin 20 mg tablet, 1 tab PO nightly</td></tr></table>
<h3>Allergies</h3><p>Sulfa antibiotics (rash)</p>
<h3>Attachments</h3><p>X-ray right knee 3 views (09/22/2026); Office visit note (09/29/2026)</p>
<h3>Authorization</h3>
<p>Electronically signed by Andrea K. Whitfield, MD on 10/06/2026 at 16:48.</p>
<p style="font-size:8.5pt;margin-top:24px">CONFIDENTIALITY NOTICE: This document contains protected health information. If you received it in error, call (614) 287-4400 and destroy all copies.</p>
<div class="foot"><span>Printed 10/07/2026 08:14 by KESSLERJ &nbsp; HOLLOWAY, DENISE M &nbsp; MRN 20417763</span><span>Page 2 of 2</span></div>
</body></html>"""
add(1, "EHR referral order (CareSphere style, 2pp)", "fine", html, f, checks)

# ---------------------------------------------------------------- NT02
# small-practice paper form, typewriter fill, standard mode
npi2 = luhn_npi("268204139")
f = dict(patient_last_name="Okafor", patient_first_name="Chinedu", patient_dob="1971-07-22", patient_sex="M",
         patient_phone="3179462281", insurance_payer="UnitedHealthcare", insurance_member_id="918273645",
         referring_provider="Harold Fenwick", referring_npi=npi2, referring_phone="3179460300", referring_fax="3179460311",
         referred_to_specialty="cardiology", referred_to_provider="Priya Raman", diagnosis_codes=["I48.91", "R00.2"],
         reason="New onset atrial fibrillation on office ECG, palpitations x 3 weeks",
         urgency="urgent", referral_date="2026-10-13")
checks = dict(patient_last_name="Okafor", patient_first_name="Chinedu", patient_dob="07-22-1971", patient_sex="[X] M",
              patient_phone="317-946-2281", insurance_payer="UnitedHealthcare", insurance_member_id="918273645",
              referring_provider=["Harold", "Fenwick"], referring_npi=npi2, referring_phone="317-946-0300",
              referring_fax="317-946-0311", referred_to_specialty="Cardiology", referred_to_provider=["Priya", "Raman"],
              diagnosis_codes=["I48.91", "R00.2"], reason=f["reason"], urgency="[X] Urgent", referral_date="10-13-2026")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{BASE_CSS}
body {{ font-family: 'Nimbus Roman', 'Times New Roman', serif; font-size: 11pt; }}
.tw {{ font-family: 'Nimbus Mono PS', 'Courier New', monospace; font-size: 11pt; font-weight:bold; }}
.hd {{ text-align:center; }}
.hd .n {{ font-size:16pt; font-weight:bold; letter-spacing:1px; }}
.ttl {{ text-align:center; font-size:13pt; font-weight:bold; border:2px solid #000; padding:3px; margin:10px 0; }}
.row {{ margin:9px 0; white-space:nowrap; }}
.bl {{ display:inline-block; border-bottom:1px solid #000; min-width:1.2in; padding:0 4px; }}
.box {{ border:1px solid #000; padding:6px 8px; margin-top:8px; }}
.sm {{ font-size:8.5pt; }}
</style></head><body>
<div class="hd"><div class="n">RIVERBEND INTERNAL MEDICINE, P.C.</div>
<div>1450 N. Meridian St., Suite 3B &bull; Indianapolis, Indiana 46202</div>
<div>Telephone 317-946-0300 &bull; Fax 317-946-0311</div></div>
<div class="ttl">CONSULTATION REFERRAL FORM</div>
<div class="row">Date of Referral: <span class="bl tw">10-13-2026</span> &nbsp; Priority: <span class="tw">[ ] Routine &nbsp;[X] Urgent &nbsp;[ ] Emergent</span></div>
<div class="box"><b>PATIENT</b>
<div class="row">Last Name: <span class="bl tw" style="min-width:2in">Okafor</span> &nbsp; First Name: <span class="bl tw" style="min-width:1.8in">Chinedu</span> &nbsp; M.I. <span class="bl tw" style="min-width:.3in">E</span></div>
<div class="row">Birthdate: <span class="bl tw">07-22-1971</span> &nbsp; Sex: <span class="tw">[X] M [ ] F</span> &nbsp; Telephone: <span class="bl tw">317-946-2281</span></div>
<div class="row">Address: <span class="bl tw" style="min-width:5.5in">6034 Brookville Rd, Indianapolis, IN 46219</span></div>
<div class="row">Insurance Co.: <span class="bl tw" style="min-width:2in">UnitedHealthcare</span> &nbsp; ID No.: <span class="bl tw">918273645</span> &nbsp; Group: <span class="bl tw" style="min-width:.8in">705214</span></div>
</div>
<div class="box"><b>REFERRED TO</b>
<div class="row">Physician: <span class="bl tw" style="min-width:2.2in">Priya Raman, M.D.</span> &nbsp; Specialty: <span class="bl tw" style="min-width:1.6in">Cardiology</span></div>
<div class="row">Office: <span class="bl tw" style="min-width:2.2in">Circle City Heart Center</span> &nbsp; Phone: <span class="bl tw">317-962-8800</span> Fax: <span class="bl tw">317-962-8810</span></div>
</div>
<div class="box"><b>REFERRING PHYSICIAN</b>
<div class="row">Name: <span class="bl tw" style="min-width:2.2in">Harold B. Fenwick, M.D.</span> &nbsp; NPI: <span class="bl tw">{npi2}</span></div>
<div class="row">Phone: <span class="bl tw">317-946-0300</span> &nbsp; Fax: <span class="bl tw">317-946-0311</span></div>
</div>
<div class="box"><b>REASON FOR CONSULTATION</b>
<div class="row">Diagnosis (ICD-10): <span class="bl tw" style="min-width:4.5in">I48.91, R00.2</span></div>
<div class="row" style="white-space:normal">Reason: <span class="tw" style="text-decoration:underline">{f['reason']}</span></div>
<div class="row" style="white-space:normal">Pertinent history / tests enclosed: <span class="tw">ECG 10-12-2026, BMP, TSH. Started metoprolol tartrate 25 mg BID and apixaban 5 mg BID.</span></div>
</div>
<div class="row" style="margin-top:22px">Physician Signature: <span class="bl" style="min-width:2.6in;font-family:'Z003';font-size:15pt">Harold B Fenwick</span> &nbsp; Date: <span class="bl tw">10-13-2026</span></div>
<div class="sm" style="margin-top:30px">Form RIM-07 (rev. 2019) &mdash; Please call our office with appointment date/time. Patient to bring insurance card and medication list.</div>
</body></html>"""
add(2, "small-practice paper form, typewriter fill", "standard", html, f, checks)

# ---------------------------------------------------------------- NT03
# physician letter, "Nov 4, 2026" date style
npi3 = luhn_npi("106718254")
f = dict(patient_last_name="Vega", patient_first_name="Marisol", patient_dob="1989-08-09", patient_sex="F",
         patient_phone="5034127785", patient_mrn="0045187", insurance_payer="Providence Health Plan",
         insurance_member_id="10293847501", referring_provider="Thomas Beckett", referring_npi=npi3,
         referring_phone="5032261180", referring_fax="5032261199", referred_to_specialty="dermatology",
         referred_to_provider="Evelyn Sloane", diagnosis_codes=["L40.0"],
         reason="Widespread plaque psoriasis not controlled with topical therapy; evaluation for systemic or biologic therapy",
         urgency="routine", referral_date="2026-11-04")
checks = dict(patient_last_name="Vega", patient_first_name="Marisol", patient_dob="August 9, 1989", patient_sex="Female",
              patient_phone="(503) 412-7785", patient_mrn="0045187", insurance_payer="Providence Health Plan",
              insurance_member_id="10293847501", referring_provider=["Thomas", "Beckett"], referring_npi=npi3,
              referring_phone="(503) 226-1180", referring_fax="(503) 226-1199", referred_to_specialty="dermatology",
              referred_to_provider=["Evelyn", "Sloane"], diagnosis_codes=["L40.0"], reason=f["reason"],
              urgency="routine referral", referral_date="Nov 4, 2026")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{BASE_CSS}
body {{ font-family: 'Nimbus Roman', 'Times New Roman', serif; font-size: 11.5pt; line-height:1.35; }}
.lh {{ text-align:center; border-bottom:1.5px solid #000; padding-bottom:6px; margin-bottom:18px; }}
.lh .n {{ font-size:17pt; font-variant:small-caps; letter-spacing:1px; }}
.lh .a {{ font-size:9.5pt; }}
.re td {{ padding:0 14px 0 0; }}
p {{ margin:0 0 10px; text-align:justify; }}
.ft {{ position:fixed; bottom:0; width:100%; text-align:center; font-size:8pt; }}
</style></head><body>
<div class="lh"><div class="n">Willamette Valley Family Physicians</div>
<div class="a">2250 NW Flanders Street, Suite 410 &middot; Portland, Oregon 97210<br>Tel (503) 226-1180 &middot; Fax (503) 226-1199</div></div>
<p>Nov 4, 2026</p>
<p>Evelyn Sloane, MD<br>Rose City Dermatology<br>1515 SW Jefferson St, Suite 300<br>Portland, OR 97201<br>Via fax: (503) 494-3370</p>
<table class="re"><tr><td><b>RE:</b></td><td>Marisol Vega</td><td>DOB: August 9, 1989</td><td>Sex: Female</td></tr>
<tr><td></td><td>MRN 0045187</td><td colspan="2">Phone: (503) 412-7785</td></tr></table>
<p style="margin-top:12px">Dear Dr. Sloane,</p>
<p>Thank you for agreeing to see my patient, Ms. Marisol Vega, a 37-year-old woman whom I have followed for several years. I am
referring her to you for dermatology consultation regarding psoriasis vulgaris (ICD-10 L40.0). Specifically, I am asking for:
{f['reason']}.</p>
<p>Her plaques first appeared in 2021 on the elbows and knees and now involve the scalp, lower back and both shins, approximately
12% body surface area. She has used clobetasol 0.05% ointment and calcipotriene cream for more than a year with only partial response,
and she reports significant itching and sleep disruption. She denies joint pain or morning stiffness. Recent labs (CBC, CMP, lipid panel)
were within normal limits, and her QuantiFERON test from October was negative; results are enclosed.</p>
<p>Her insurance is Providence Health Plan, member ID 10293847501. This is a routine referral; she is flexible with scheduling and can be
reached at (503) 412-7785. Her husband, Daniel Vega, may also be contacted at (503) 412-9064.</p>
<p>Please do not hesitate to call me with any questions. I appreciate your help in her care.</p>
<p style="margin-top:18px">Sincerely,</p>
<p style="font-family:'Z003';font-size:18pt;margin:4px 0">Thomas Beckett</p>
<p>Thomas J. Beckett, MD<br>Family Medicine &middot; NPI {npi3}<br>Direct line (503) 226-1180 &middot; Fax (503) 226-1199</p>
<p style="font-size:9.5pt">Enclosures: lab results 10/21/2026; clinic note 10/28/2026<br>cc: chart</p>
<div class="ft">Willamette Valley Family Physicians &middot; Confidential patient information &middot; Page 1 of 1</div>
</body></html>"""
add(3, "physician referral letter", "fine", html, f, checks)

# ---------------------------------------------------------------- NT04
# hospital system referral form, bordered grid, 2 pages
npi4 = luhn_npi("229401563")
npi4b = luhn_npi("144120937")  # receiving nephrologist NPI (distractor)
f = dict(patient_last_name="Brennan", patient_first_name="Kathleen", patient_dob="1949-11-30", patient_sex="F",
         patient_phone="7736041128", patient_mrn="00832915", insurance_payer="Medicare",
         insurance_member_id="5KQ2WN8RT46", referring_provider="Rebecca Lindqvist", referring_npi=npi4,
         referring_phone="7737025561", referring_fax="7737025562", referred_to_specialty="nephrology",
         referred_to_provider="Samuel Adeyemi", diagnosis_codes=["N18.4", "E11.22"],
         reason="CKD stage 4 with declining eGFR (22 mL/min/1.73m2); evaluate and begin renal replacement therapy planning",
         urgency="urgent", referral_date="2026-10-19")
checks = dict(patient_last_name="Brennan", patient_first_name="Kathleen", patient_dob="11/30/1949", patient_sex="Female",
              patient_phone="(773) 604-1128", patient_mrn="00832915", insurance_payer="Medicare",
              insurance_member_id="5KQ2WN8RT46", referring_provider=["Rebecca", "Lindqvist"], referring_npi=npi4,
              referring_phone="(773) 702-5561", referring_fax="(773) 702-5562", referred_to_specialty="Nephrology",
              referred_to_provider=["Samuel", "Adeyemi"], diagnosis_codes=["N18.4", "E11.22"], reason=f["reason"],
              urgency="Urgent", referral_date="10/19/2026")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{BASE_CSS}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; }}
.top {{ display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px double #000; padding-bottom:4px; }}
.logo {{ font-size:15pt; font-weight:bold; }} .logo small {{ display:block; font-size:9pt; font-weight:normal; }}
.ttl {{ text-align:right; font-size:12pt; font-weight:bold; }}
.sec {{ background:#bbb; font-weight:bold; padding:2px 5px; border:1px solid #000; margin-top:8px; font-size:9.5pt; }}
table.g {{ width:100%; }} table.g td {{ border:1px solid #000; padding:2px 4px; vertical-align:top; }}
.lab {{ display:block; font-size:7pt; text-transform:uppercase; }}
.v {{ font-size:10pt; }}
.foot {{ position:fixed; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; }}
</style></head><body>
<div class="top"><div class="logo">Lakeshore Regional Health System<small>Lakeshore Medical Group &ndash; Hyde Park Primary Care &middot; 5758 S. Maryland Ave, Chicago, IL 60637</small>
<small>Hospital Operator (773) 702-1000 &middot; Central Scheduling (773) 702-6200</small></div>
<div class="ttl">OUTPATIENT SPECIALTY<br>REFERRAL REQUEST</div></div>
<div class="sec">SECTION 1 &ndash; REFERRAL DETAILS</div>
<table class="g"><tr><td style="width:25%"><span class="lab">Date of Request</span><span class="v">10/19/2026</span></td>
<td style="width:25%"><span class="lab">Urgency</span><span class="v">&#9744; Routine &nbsp; &#9746; Urgent &nbsp; &#9744; STAT</span></td>
<td style="width:25%"><span class="lab">Referral Tracking No.</span><span class="v">LRHS-R-5503817</span></td>
<td><span class="lab">Appointment Needed Within</span><span class="v">2 weeks</span></td></tr></table>
<div class="sec">SECTION 2 &ndash; PATIENT DEMOGRAPHICS</div>
<table class="g"><tr><td style="width:34%"><span class="lab">Patient Last Name</span><span class="v">Brennan</span></td>
<td style="width:33%"><span class="lab">Patient First Name</span><span class="v">Kathleen</span></td>
<td><span class="lab">Middle Initial</span><span class="v">A</span></td></tr>
<tr><td><span class="lab">Date of Birth</span><span class="v">11/30/1949</span></td><td><span class="lab">Sex</span><span class="v">Female</span></td>
<td><span class="lab">Medical Record Number</span><span class="v">00832915</span></td></tr>
<tr><td colspan="2"><span class="lab">Address</span><span class="v">1417 E. 56th St, Apt 2N, Chicago, IL 60637</span></td>
<td><span class="lab">Primary Phone</span><span class="v">(773) 604-1128</span></td></tr>
<tr><td colspan="2"><span class="lab">Emergency Contact / Relationship</span><span class="v">Colleen Brennan-Ortiz / Daughter</span></td>
<td><span class="lab">Emergency Contact Phone</span><span class="v">(312) 847-2093</span></td></tr></table>
<div class="sec">SECTION 3 &ndash; INSURANCE</div>
<table class="g"><tr><td style="width:34%"><span class="lab">Primary Insurance</span><span class="v">Medicare</span></td>
<td style="width:33%"><span class="lab">Member ID / MBI</span><span class="v">5KQ2WN8RT46</span></td>
<td><span class="lab">Secondary Insurance</span><span class="v">None on file</span></td></tr></table>
<div class="sec">SECTION 4 &ndash; REFERRING PROVIDER</div>
<table class="g"><tr><td style="width:34%"><span class="lab">Referring Provider</span><span class="v">Rebecca Lindqvist, DO</span></td>
<td style="width:33%"><span class="lab">Referring Provider NPI</span><span class="v">{npi4}</span></td>
<td><span class="lab">Clinic</span><span class="v">Hyde Park Primary Care</span></td></tr>
<tr><td><span class="lab">Clinic Phone</span><span class="v">(773) 702-5561</span></td><td><span class="lab">Clinic Fax</span><span class="v">(773) 702-5562</span></td>
<td><span class="lab">Contact Person</span><span class="v">Tamika Jones, RN</span></td></tr></table>
<div class="sec">SECTION 5 &ndash; REFERRED TO</div>
<table class="g"><tr><td style="width:34%"><span class="lab">Specialty / Service</span><span class="v">Nephrology</span></td>
<td style="width:33%"><span class="lab">Specialist</span><span class="v">Samuel Adeyemi, MD</span></td>
<td><span class="lab">Specialist NPI</span><span class="v">{npi4b}</span></td></tr>
<tr><td colspan="2"><span class="lab">Location</span><span class="v">LRHS Kidney Care Center, 150 E. Huron St, 8th Floor, Chicago, IL 60611</span></td>
<td><span class="lab">Phone / Fax</span><span class="v">(312) 926-4400 / (312) 926-4410</span></td></tr></table>
<div class="foot"><span>LRHS-AMB-REF-014 Rev. 03/2025</span><span>Brennan, Kathleen A &middot; MRN 00832915</span><span>Page 1 of 2</span></div>
<div class="pb"></div>
<div class="top"><div class="logo">Lakeshore Regional Health System<small>Outpatient Specialty Referral Request (continued)</small></div><div class="ttl">Patient: Brennan, Kathleen A<br>DOB 11/30/1949</div></div>
<div class="sec">SECTION 6 &ndash; CLINICAL INFORMATION</div>
<table class="g"><tr><td><span class="lab">Diagnosis Code(s) &ndash; ICD-10-CM</span><span class="v">N18.4 &nbsp;&nbsp; E11.22</span></td></tr>
<tr><td><span class="lab">Reason for Referral / Clinical Question</span><span class="v">{f['reason']}</span></td></tr>
<tr><td><span class="lab">Pertinent History</span><span class="v">76 y/o F with type 2 diabetes (A1c 7.4%), hypertension and CKD. eGFR 31 (03/2026) &rarr; 26 (07/2026) &rarr; 22 (10/14/2026).
Urine albumin/creatinine 610 mg/g. K 5.3. Renal US 10/02/2026: bilateral small echogenic kidneys, no hydronephrosis.</span></td></tr>
<tr><td><span class="lab">Current Medications</span><span class="v">insulin glargine 18 units qHS; losartan 50 mg daily; amlodipine 10 mg daily; furosemide 20 mg daily; sodium bicarbonate 650 mg BID</span></td></tr>
<tr><td><span class="lab">Records Attached</span><span class="v">&#9746; Labs &nbsp; &#9746; Imaging &nbsp; &#9746; Last office note &nbsp; &#9744; Other</span></td></tr></table>
<div class="sec">SECTION 7 &ndash; AUTHORIZATION</div>
<table class="g"><tr><td style="width:60%"><span class="lab">Referring Provider Signature</span><span class="v">Electronically signed &ndash; Rebecca Lindqvist, DO</span></td>
<td><span class="lab">Date Signed</span><span class="v">10/19/2026</span></td></tr></table>
<p style="font-size:8pt;margin-top:14px">Receiving office: please fax appointment confirmation to the referring clinic fax listed in Section 4. For scheduling questions call Central Scheduling (773) 702-6200.
This form contains confidential health information protected under HIPAA.</p>
<div class="foot"><span>LRHS-AMB-REF-014 Rev. 03/2025</span><span>Faxed 10/20/2026 09:02</span><span>Page 2 of 2</span></div>
</body></html>"""
add(4, "hospital system referral form (grid, 2pp)", "fine", html, f, checks)

# ---------------------------------------------------------------- NT05
# health-plan referral form, standard mode
npi5 = luhn_npi("230598214")
npi5b = luhn_npi("151027386")
f = dict(patient_last_name="Delgado", patient_first_name="Ramon", patient_dob="1963-02-05", patient_sex="M",
         patient_phone="7204418836", insurance_payer="Summit Crest Health Plan", insurance_member_id="SCH702448193",
         referring_provider="Julia Moreno", referring_npi=npi5, referring_phone="7208553020", referring_fax="7208553029",
         referred_to_specialty="gastroenterology", referred_to_provider="Naomi Feldstein",
         diagnosis_codes=["R13.10", "K21.9"],
         reason="Progressive dysphagia to solids with 12 lb weight loss over 3 months; EGD requested",
         urgency="urgent", referral_date="2026-10-22")
checks = dict(patient_last_name="DELGADO", patient_first_name="RAMON", patient_dob="02/05/1963", patient_sex="Male",
              patient_phone="720-441-8836", insurance_payer="Summit Crest Health Plan", insurance_member_id="SCH702448193",
              referring_provider=["Julia", "Moreno"], referring_npi=npi5, referring_phone="720-855-3020",
              referring_fax="720-855-3029", referred_to_specialty="Gastroenterology",
              referred_to_provider=["Naomi", "Feldstein"], diagnosis_codes=["R13.10", "K21.9"], reason=f["reason"],
              urgency="Urgent", referral_date="10/22/2026")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{BASE_CSS}
body {{ font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9pt; }}
.hd {{ display:flex; justify-content:space-between; border:2px solid #000; padding:6px; }}
.plan {{ font-size:15pt; font-weight:bold; }}
.inst {{ font-size:8pt; border:1px solid #000; border-top:none; padding:4px 6px; }}
h4 {{ margin:10px 0 2px; font-size:9.5pt; border-bottom:1.5px solid #000; }}
table.f {{ width:100%; }} table.f td {{ padding:3px 4px; border-bottom:1px dotted #000; vertical-align:bottom; }}
td.l {{ font-weight:bold; white-space:nowrap; width:1%; }}
.cb {{ font-family:'DejaVu Sans'; }}
.foot {{ position:fixed; bottom:0; left:0; right:0; font-size:7.5pt; text-align:center; border-top:1px solid #000; }}
</style></head><body>
<div class="hd"><div><div class="plan">SUMMIT CREST HEALTH PLAN</div><div>HMO / POS Products &middot; Denver, Colorado</div></div>
<div style="text-align:right"><b>SPECIALIST REFERRAL FORM</b><br>Provider Services 1-800-627-4410<br>UM Fax 1-888-412-9530</div></div>
<div class="inst">A referral from the member's Primary Care Provider (PCP) is required before specialty services for HMO members. Referral is valid for 90 days from the
date of request and for the number of visits indicated. Fax completed form to Utilization Management and to the specialist's office.</div>
<h4>MEMBER INFORMATION</h4>
<table class="f"><tr><td class="l">Member Name (Last, First):</td><td>DELGADO, RAMON J</td><td class="l">Member ID:</td><td>SCH702448193</td></tr>
<tr><td class="l">Date of Birth:</td><td>02/05/1963</td><td class="l">Gender:</td><td>Male</td></tr>
<tr><td class="l">Member Phone:</td><td>720-441-8836</td><td class="l">Plan / Product:</td><td>Summit Crest Health Plan &ndash; HMO Select</td></tr></table>
<h4>PRIMARY CARE PROVIDER (REQUESTING)</h4>
<table class="f"><tr><td class="l">PCP Name:</td><td>Julia Moreno, MD</td><td class="l">PCP NPI:</td><td>{npi5}</td></tr>
<tr><td class="l">Practice:</td><td>Aurora Family Health Partners</td><td class="l">Tax ID:</td><td>84-3029117</td></tr>
<tr><td class="l">PCP Phone:</td><td>720-855-3020</td><td class="l">PCP Fax:</td><td>720-855-3029</td></tr></table>
<h4>SPECIALIST (REFERRED TO)</h4>
<table class="f"><tr><td class="l">Specialist Name:</td><td>Naomi Feldstein, MD</td><td class="l">Specialty:</td><td>Gastroenterology</td></tr>
<tr><td class="l">Specialist NPI:</td><td>{npi5b}</td><td class="l">Group:</td><td>Front Range Digestive Health</td></tr>
<tr><td class="l">Specialist Phone:</td><td>303-762-1150</td><td class="l">Specialist Fax:</td><td>303-762-1158</td></tr></table>
<h4>SERVICES REQUESTED</h4>
<table class="f"><tr><td class="l">Date of Request:</td><td>10/22/2026</td><td class="l">Priority:</td><td><span class="cb">&#9744;</span> Routine &nbsp; <span class="cb">&#9746;</span> Urgent</td></tr>
<tr><td class="l">Diagnosis Code(s):</td><td>R13.10, K21.9</td><td class="l">No. of Visits:</td><td>3</td></tr>
<tr><td class="l">Service Type:</td><td colspan="3"><span class="cb">&#9744;</span> Consult Only &nbsp; <span class="cb">&#9746;</span> Consult &amp; Treat &nbsp; <span class="cb">&#9744;</span> Second Opinion &nbsp; <span class="cb">&#9746;</span> Diagnostic Procedure (CPT 43239)</td></tr>
<tr><td class="l">Reason for Referral:</td><td colspan="3">{f['reason']}</td></tr>
<tr><td class="l">Referral Valid Through:</td><td>01/20/2027</td><td class="l">Plan Referral #:</td><td>pending</td></tr></table>
<h4>ATTESTATION</h4>
<p>I certify that this referral is medically necessary. &nbsp; PCP Signature: <span style="font-family:'Z003';font-size:14pt">Julia Moreno</span> &nbsp; Date: 10/22/2026</p>
<p style="font-size:7.5pt">Referral does not guarantee payment. Benefits are subject to eligibility on the date of service. Members may call Member Services at 1-800-627-4400 (TTY 711).</p>
<div class="foot">SCHP-REF-02 (01/2026) &middot; Page 1 of 1</div>
</body></html>"""
add(5, "health-plan specialist referral form", "standard", html, f, checks)

# ---------------------------------------------------------------- NT06
# ALL CAPS labels, mixed-case values (EHR vendor "MedLedger")
npi6 = luhn_npi("282736405")
f = dict(patient_last_name="Pham", patient_first_name="Linh", patient_dob="1984-06-17", patient_sex="F",
         patient_phone="4126539017", patient_mrn="M00593172", insurance_payer="Aetna",
         insurance_member_id="W284017736", referring_provider="Daniel Okonkwo", referring_npi=npi6,
         referring_phone="4123687700", referring_fax="4123687745", referred_to_specialty="endocrinology",
         referred_to_provider="Gregory Ashworth", diagnosis_codes=["E05.90", "R00.0"],
         reason="Suppressed TSH with elevated free T4, tremor and 8 lb weight loss; evaluate hyperthyroidism",
         urgency="routine", referral_date="2026-10-27")
checks = dict(patient_last_name="Pham", patient_first_name="Linh", patient_dob="06/17/1984", patient_sex="Female",
              patient_phone="(412) 653-9017", patient_mrn="M00593172", insurance_payer="Aetna",
              insurance_member_id="W284017736", referring_provider=["Daniel", "Okonkwo"], referring_npi=npi6,
              referring_phone="(412) 368-7700", referring_fax="(412) 368-7745", referred_to_specialty="Endocrinology",
              referred_to_provider=["Gregory", "Ashworth"], diagnosis_codes=["E05.90", "R00.0"], reason=f["reason"],
              urgency="Routine", referral_date="10/27/2026")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{BASE_CSS}
body {{ font-family: 'Liberation Sans Narrow', 'Arial Narrow', sans-serif; font-size: 10.5pt; }}
.hd {{ border-top:4px solid #000; border-bottom:1px solid #000; padding:4px 0; display:flex; justify-content:space-between; }}
.hd b {{ font-size:14pt; }}
.t {{ text-align:center; font-weight:bold; font-size:12pt; margin:8px 0; letter-spacing:2px; }}
.blk {{ margin:6px 0 2px; font-weight:bold; font-size:10pt; }}
table.c {{ width:100%; }} table.c td {{ padding:2px 4px; vertical-align:top; }}
td.L {{ font-weight:bold; width:1.75in; white-space:nowrap; }}
hr {{ border:0; border-top:1px dashed #000; margin:6px 0; }}
.foot {{ position:fixed; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }}
</style></head><body>
<div class="hd"><div><b>NORTH HILLS PRIMARY CARE ASSOCIATES</b><br>9500 McKnight Rd, Pittsburgh, PA 15237 &nbsp; MAIN: (412) 368-7000 &nbsp; FAX: (412) 368-7001</div>
<div style="text-align:right;font-size:8.5pt">MedLedger Clinical&trade;<br>RUN DATE: 10/28/2026 07:55<br>USER: SROBERTS</div></div>
<div class="t">OUTGOING REFERRAL</div>
<table class="c">
<tr><td class="L">ORDER DATE:</td><td>10/27/2026</td><td class="L">PRIORITY:</td><td>Routine</td></tr>
<tr><td class="L">REFERRAL ID:</td><td>NH-88120457</td><td class="L">STATUS:</td><td>Sent to Specialist</td></tr></table>
<hr><div class="blk">PATIENT INFORMATION</div>
<table class="c">
<tr><td class="L">PATIENT NAME:</td><td>Pham, Linh T.</td><td class="L">MEDICAL RECORD NO:</td><td>M00593172</td></tr>
<tr><td class="L">DATE OF BIRTH:</td><td>06/17/1984</td><td class="L">SEX:</td><td>Female</td></tr>
<tr><td class="L">HOME PHONE:</td><td>(412) 653-9017</td><td class="L">WORK PHONE:</td><td>(412) 281-6630 x214</td></tr>
<tr><td class="L">ADDRESS:</td><td colspan="3">311 Babcock Blvd, Apt 6, Pittsburgh, PA 15237</td></tr>
<tr><td class="L">PRIMARY INSURANCE:</td><td>Aetna</td><td class="L">SUBSCRIBER ID:</td><td>W284017736</td></tr>
<tr><td class="L">GROUP NUMBER:</td><td>0871452-10-003</td><td class="L">RELATIONSHIP:</td><td>Self</td></tr></table>
<hr><div class="blk">ORDERING PROVIDER</div>
<table class="c">
<tr><td class="L">ORDERING PHYSICIAN:</td><td>Daniel Okonkwo, MD</td><td class="L">NPI:</td><td>{npi6}</td></tr>
<tr><td class="L">OFFICE PHONE:</td><td>(412) 368-7700</td><td class="L">OFFICE FAX:</td><td>(412) 368-7745</td></tr></table>
<hr><div class="blk">REFERRED TO</div>
<table class="c">
<tr><td class="L">REFER TO:</td><td>Gregory Ashworth, MD</td><td class="L">SPECIALTY:</td><td>Endocrinology</td></tr>
<tr><td class="L">FACILITY:</td><td colspan="3">Allegheny Endocrine &amp; Diabetes Specialists, 4815 Liberty Ave, Pittsburgh, PA 15224</td></tr>
<tr><td class="L">SPECIALIST PHONE:</td><td>(412) 578-2300</td><td class="L">SPECIALIST FAX:</td><td>(412) 578-2319</td></tr></table>
<hr><div class="blk">CLINICAL</div>
<table class="c">
<tr><td class="L">DIAGNOSIS:</td><td>E05.90 Thyrotoxicosis, unspecified without thyrotoxic crisis or storm; R00.0 Tachycardia, unspecified</td></tr>
<tr><td class="L">REASON FOR REFERRAL:</td><td>{f['reason']}</td></tr>
<tr><td class="L">RECENT RESULTS:</td><td>TSH &lt;0.01 mIU/L (10/20/2026); Free T4 3.1 ng/dL; resting HR 108</td></tr>
<tr><td class="L">CURRENT MEDS:</td><td>propranolol 10 mg PO TID (started 10/27/2026)</td></tr>
<tr><td class="L">COMMENTS:</td><td>Patient prefers morning appointments. Not pregnant (urine hCG negative 10/27/2026).</td></tr></table>
<hr><p>ELECTRONICALLY SIGNED BY: Daniel Okonkwo, MD &nbsp; 10/27/2026 17:21</p>
<div class="foot"><span>CONFIDENTIAL &ndash; CONTAINS PHI</span><span>Pham, Linh T. &nbsp; DOB 06/17/1984</span><span>PAGE 1 OF 1</span></div>
</body></html>"""
add(6, "EHR referral, ALL CAPS labels (MedLedger style)", "fine", html, f, checks)

# ---------------------------------------------------------------- NT07
# labels ending in '#', standard mode, STAT
npi7 = luhn_npi("174019853")
f = dict(patient_last_name="Whitaker", patient_first_name="Jerome", patient_dob="1956-09-03", patient_sex="M",
         patient_phone="9198334672", patient_mrn="5520193", insurance_payer="Blue Cross NC",
         insurance_member_id="YPW820174455", referring_provider="Colleen Murphy", referring_npi=npi7,
         referring_phone="9197813300", referring_fax="9197813318", referred_to_specialty="urology",
         referred_to_provider="Anita Mehra", diagnosis_codes=["R31.0", "N20.0"],
         reason="Gross hematuria with 7 mm obstructing right renal calculus on CT, uncontrolled flank pain",
         urgency="stat", referral_date="2026-11-02")
checks = dict(patient_last_name="Whitaker", patient_first_name="Jerome", patient_dob="09/03/1956", patient_sex="Sex: M",
              patient_phone="919-833-4672", patient_mrn="5520193", insurance_payer="Blue Cross NC",
              insurance_member_id="YPW820174455", referring_provider=["Colleen", "Murphy"], referring_npi=npi7,
              referring_phone="919-781-3300", referring_fax="919-781-3318", referred_to_specialty="Urology",
              referred_to_provider=["Anita", "Mehra"], diagnosis_codes=["R31.0", "N20.0"], reason=f["reason"],
              urgency="STAT", referral_date="11/2/2026")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{BASE_CSS}
body {{ font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; }}
.hd {{ display:flex; justify-content:space-between; border-bottom:2px solid #000; padding-bottom:4px; }}
.hd .n {{ font-size:15pt; font-weight:bold; }}
.stat {{ border:3px solid #000; font-size:16pt; font-weight:bold; text-align:center; padding:3px; margin:8px 0; }}
table.h {{ width:100%; margin-top:4px; }} table.h td {{ padding:3px 5px; border:1px solid #000; }}
td.k {{ font-weight:bold; width:1.1in; background:#ddd; }}
.cap {{ font-weight:bold; margin-top:10px; text-decoration:underline; }}
.foot {{ position:fixed; bottom:0; left:0; right:0; font-size:8pt; border-top:1px solid #000; display:flex; justify-content:space-between; }}
</style></head><body>
<div class="hd"><div><div class="n">Piedmont Family &amp; Urgent Care</div>3801 Six Forks Rd, Raleigh, NC 27609</div>
<div style="text-align:right">Front Desk Ph # 919-781-3000<br>Front Desk Fax # 919-781-3001</div></div>
<div class="stat">STAT REFERRAL &ndash; SAME DAY / NEXT DAY</div>
<table class="h"><tr><td class="k">Date</td><td>11/2/2026</td><td class="k">Ref #</td><td>PFU-26-11-0042</td></tr>
<tr><td class="k">Priority</td><td colspan="3">STAT</td></tr></table>
<div class="cap">Patient</div>
<table class="h">
<tr><td class="k">Name</td><td>Whitaker, Jerome L</td><td class="k">Acct #</td><td>100482</td></tr>
<tr><td class="k">DOB</td><td>09/03/1956 &nbsp; Sex: M</td><td class="k">MRN #</td><td>5520193</td></tr>
<tr><td class="k">Ph #</td><td>919-833-4672</td><td class="k">Alt Ph #</td><td>919-833-4690 (wife, Sharon)</td></tr>
<tr><td class="k">Ins</td><td>Blue Cross NC</td><td class="k">Ins ID #</td><td>YPW820174455</td></tr>
<tr><td class="k">Group #</td><td>B0294871</td><td class="k">Auth #</td><td>not required</td></tr></table>
<div class="cap">Referring Provider</div>
<table class="h">
<tr><td class="k">Provider</td><td>Colleen Murphy, PA-C</td><td class="k">NPI #</td><td>{npi7}</td></tr>
<tr><td class="k">Ph #</td><td>919-781-3300</td><td class="k">Fax #</td><td>919-781-3318</td></tr></table>
<div class="cap">Refer To</div>
<table class="h">
<tr><td class="k">Specialty</td><td>Urology</td><td class="k">Provider</td><td>Anita Mehra, MD</td></tr>
<tr><td class="k">Practice</td><td>Triangle Urology Group</td><td class="k">Ph # / Fax #</td><td>919-758-2200 / 919-758-2245</td></tr></table>
<div class="cap">Clinical</div>
<table class="h">
<tr><td class="k">ICD-10 #</td><td>R31.0 &nbsp; N20.0</td></tr>
<tr><td class="k">Reason</td><td>{f['reason']}</td></tr>
<tr><td class="k">Notes</td><td>CT abd/pelvis w/o contrast 11/2/2026: 7 mm stone at right UPJ with moderate hydronephrosis. Cr 1.4 (baseline 1.0). Afebrile, UA 3+ blood, no nitrite.
Given ketorolac 30 mg IM in clinic. Please see today or tomorrow &ndash; call Colleen directly at 919-781-3300.</td></tr></table>
<p style="margin-top:16px">Signature: ______<span style="font-family:'Z003';font-size:15pt">C Murphy PA-C</span>______ &nbsp; Supervising MD: Robert Haines, MD</p>
<div class="foot"><span>PFUC referral form 4/2024</span><span>Pg 1 of 1</span></div>
</body></html>"""
add(7, "urgent care form, labels ending in '#'", "standard", html, f, checks)

# ---------------------------------------------------------------- NT08
# two-column borderless patient table, DD-Mon-YYYY dates (EHR vendor "PraxisChart")
npi8 = luhn_npi("290562718")
f = dict(patient_last_name="Castellanos", patient_first_name="Gabriela", patient_dob="1992-01-14", patient_sex="F",
         patient_phone="6089274415", patient_mrn="PC-7781204", insurance_payer="Cigna",
         insurance_member_id="U4829175503", referring_provider="Noah Lindberg", referring_npi=npi8,
         referring_phone="6082651900", referring_fax="6082651988", referred_to_specialty="neurology",
         referred_to_provider="Elliot Park", diagnosis_codes=["G43.709"],
         reason="Chronic daily headaches more than 15 days/month despite topiramate; evaluate for preventive therapy",
         urgency="routine", referral_date="2026-10-21")
checks = dict(patient_last_name="CASTELLANOS", patient_first_name="Gabriela", patient_dob="14-Jan-1992", patient_sex="Female",
              patient_phone="608-927-4415", patient_mrn="PC-7781204", insurance_payer="Cigna",
              insurance_member_id="U4829175503", referring_provider=["Noah", "Lindberg"], referring_npi=npi8,
              referring_phone="608-265-1900", referring_fax="608-265-1988", referred_to_specialty="Neurology",
              referred_to_provider=["Elliot", "Park"], diagnosis_codes=["G43.709"], reason=f["reason"],
              urgency="Routine", referral_date="21-Oct-2026")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{BASE_CSS}
body {{ font-family: 'Nimbus Sans', Helvetica, sans-serif; font-size: 10pt; }}
.hd {{ display:flex; justify-content:space-between; align-items:center; }}
.hd .n {{ font-size:13pt; font-weight:bold; }}
.bar {{ border-top:1px solid #000; border-bottom:1px solid #000; margin:6px 0; padding:3px 0; font-weight:bold; font-size:11pt; }}
table.nb td {{ padding:1px 18px 1px 0; border:none; vertical-align:top; }}
table.nb td.k {{ color:#000; white-space:nowrap; }}
.two {{ display:flex; gap:40px; }}
h5 {{ font-size:10pt; margin:12px 0 3px; font-weight:bold; }}
.foot {{ position:fixed; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }}
</style></head><body>
<div class="hd"><div><div class="n">Dane County Community Clinic</div>
<div>802 Regent St &middot; Madison, WI 53715 &middot; Tel 608-265-1800 &middot; Fax 608-265-1801</div></div>
<div style="text-align:right;font-size:8.5pt">PraxisChart &middot; Referral Print<br>Generated 22-Oct-2026 10:03</div></div>
<div class="bar">Referral Request &mdash; Neurology</div>
<div class="two">
<table class="nb">
<tr><td class="k">Patient</td><td>CASTELLANOS, Gabriela</td></tr>
<tr><td class="k">Birth Date</td><td>14-Jan-1992</td></tr>
<tr><td class="k">Gender</td><td>Female</td></tr>
<tr><td class="k">Chart No.</td><td>PC-7781204</td></tr>
<tr><td class="k">Mobile</td><td>608-927-4415</td></tr>
<tr><td class="k">Address</td><td>19 Jenifer St, Madison, WI 53703</td></tr>
</table>
<table class="nb">
<tr><td class="k">Insurer</td><td>Cigna</td></tr>
<tr><td class="k">Policy No.</td><td>U4829175503</td></tr>
<tr><td class="k">Group</td><td>3340219</td></tr>
<tr><td class="k">Next of Kin</td><td>Luis Castellanos (brother)</td></tr>
<tr><td class="k">NOK Phone</td><td>608-927-5002</td></tr>
</table></div>
<h5>Request</h5>
<table class="nb">
<tr><td class="k">Requested</td><td>21-Oct-2026</td></tr>
<tr><td class="k">Urgency</td><td>Routine</td></tr>
<tr><td class="k">Service</td><td>Neurology &ndash; New Patient Consult</td></tr>
<tr><td class="k">Consultant</td><td>Dr. Elliot Park</td></tr>
<tr><td class="k">Consultant Site</td><td>Capitol Neurology Clinic, 1 S Park St, Madison, WI 53715 &middot; P 608-287-2000 &middot; F 608-287-2090</td></tr>
<tr><td class="k">Problem</td><td>G43.709 &ndash; Chronic migraine without aura, not intractable, without status migrainosus</td></tr>
<tr><td class="k">Question for Consultant</td><td>{f['reason']}</td></tr>
</table>
<h5>Background</h5>
<p>34F with migraine since adolescence, now 18 headache days/month for 6 months. Tried sumatriptan (effective for acute attacks, using 10+ days/month),
topiramate titrated to 100 mg/day x 3 months (paresthesias, limited benefit), amitriptyline (sedation). Neuro exam normal; no red-flag features. MRI brain 12-Aug-2026 unremarkable.
Headache diary attached. Counseled on medication-overuse headache.</p>
<h5>Requesting Clinician</h5>
<table class="nb">
<tr><td class="k">Name</td><td>Noah Lindberg, MD</td></tr>
<tr><td class="k">NPI</td><td>{npi8}</td></tr>
<tr><td class="k">Direct</td><td>608-265-1900</td></tr>
<tr><td class="k">Reply Fax</td><td>608-265-1988</td></tr>
</table>
<p style="margin-top:14px">Signed electronically: Noah Lindberg, MD, 21-Oct-2026 15:40</p>
<div class="foot"><span>CASTELLANOS, Gabriela &middot; PC-7781204</span><span>Confidential</span><span>1 / 1</span></div>
</body></html>"""
add(8, "EHR referral, borderless two-column patient table (PraxisChart style)", "fine", html, f, checks)

# ---------------------------------------------------------------- NT09
# two diagnoses w/ descriptions on separate lines; short-year dates; 2 pages (EHR vendor "NextPoint")
npi9 = luhn_npi("117830462")
f = dict(patient_last_name="Lindgren", patient_first_name="Walter", patient_dob="1952-04-11", patient_sex="M",
         patient_phone="4025581347", patient_mrn="000917364", insurance_payer="Humana Gold Plus HMO",
         insurance_member_id="H48291037", referring_provider="Miriam Castillo", referring_npi=npi9,
         referring_phone="4023916620", referring_fax="4023916675", referred_to_specialty="pulmonology",
         referred_to_provider="Farah Qureshi", diagnosis_codes=["R91.1", "J44.9"],
         reason="9 mm spiculated right upper lobe nodule on CT chest in 40 pack-year former smoker; evaluate for biopsy/PET",
         urgency="urgent", referral_date="2026-10-28")
checks = dict(patient_last_name="Lindgren", patient_first_name="Walter", patient_dob="04/11/1952", patient_sex="Male",
              patient_phone="(402) 558-1347", patient_mrn="000917364", insurance_payer="Humana Gold Plus HMO",
              insurance_member_id="H48291037", referring_provider=["Miriam", "Castillo"], referring_npi=npi9,
              referring_phone="(402) 391-6620", referring_fax="(402) 391-6675", referred_to_specialty="Pulmonary Medicine",
              referred_to_provider=["Farah", "Qureshi"], diagnosis_codes=["R91.1", "J44.9"], reason=f["reason"],
              urgency="Urgent", referral_date="10/28/26")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{BASE_CSS}
body {{ font-family: 'DejaVu Serif', Georgia, serif; font-size: 9.5pt; }}
.hd {{ border:1.5px solid #000; padding:5px 8px; display:flex; justify-content:space-between; }}
.hd .n {{ font-size:12.5pt; font-weight:bold; }}
.ptbar {{ background:#000; color:#fff; padding:3px 8px; margin-top:6px; font-family:'DejaVu Sans Mono'; font-size:9pt; }}
h4 {{ margin:10px 0 3px; font-size:10pt; font-family:'DejaVu Sans'; }}
.f {{ margin:2px 0; }} .f b {{ display:inline-block; width:1.7in; font-family:'DejaVu Sans'; font-size:9pt; }}
.dx {{ margin:3px 0 3px 0.25in; }}
.dx .c {{ font-weight:bold; font-family:'DejaVu Sans Mono'; }}
.dx .d {{ margin-left:0.3in; }}
.foot {{ position:fixed; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; font-family:'DejaVu Sans'; }}
</style></head><body>
<div class="hd"><div><div class="n">Midlands Internal Medicine Group</div>
<div>7701 Pacific St, Suite 120 &middot; Omaha, NE 68114</div><div>Phone: (402) 391-6600 &nbsp; Fax: (402) 391-6601</div></div>
<div style="text-align:right"><b>REFERRAL / CONSULTATION REQUEST</b><br><span style="font-size:8pt">NextPoint EHR &middot; Printed 10/29/26 11:47 AM</span></div></div>
<div class="ptbar">LINDGREN, WALTER &nbsp;|&nbsp; DOB 04/11/1952 &nbsp;|&nbsp; Male &nbsp;|&nbsp; Acct 000917364</div>
<h4>Patient Demographics</h4>
<div class="f"><b>Patient Name:</b> Walter R. Lindgren</div>
<div class="f"><b>Date of Birth:</b> 04/11/1952 &nbsp;&nbsp; <b style="width:auto">Sex:</b> Male</div>
<div class="f"><b>Account / MRN:</b> 000917364</div>
<div class="f"><b>Phone (Home):</b> (402) 558-1347</div>
<div class="f"><b>Emergency Contact:</b> Karin Lindgren (daughter) (402) 770-2218</div>
<div class="f"><b>Insurance:</b> Humana Gold Plus HMO</div>
<div class="f"><b>Insurance ID:</b> H48291037</div>
<h4>Referral</h4>
<div class="f"><b>Referral Date:</b> 10/28/26</div>
<div class="f"><b>Urgency:</b> Urgent</div>
<div class="f"><b>Refer To Specialty:</b> Pulmonary Medicine</div>
<div class="f"><b>Refer To Physician:</b> Qureshi, Farah  MD</div>
<div class="f"><b>Refer To Office:</b> Nebraska Lung &amp; Sleep Institute &middot; Ph (402) 552-3800 &middot; Fax (402) 552-3899</div>
<div class="f"><b>Diagnoses:</b></div>
<div class="dx"><span class="c">1) R91.1</span><div class="d">Solitary pulmonary nodule</div></div>
<div class="dx"><span class="c">2) J44.9</span><div class="d">Chronic obstructive pulmonary disease, unspecified</div></div>
<div class="f" style="margin-top:6px"><b>Reason for Referral:</b></div>
<div style="margin-left:0.25in">{f['reason']}</div>
<h4>Referring Physician</h4>
<div class="f"><b>Name:</b> Castillo, Miriam E. MD</div>
<div class="f"><b>NPI:</b> {npi9}</div>
<div class="f"><b>Phone:</b> (402) 391-6620</div>
<div class="f"><b>Fax:</b> (402) 391-6675</div>
<div class="foot"><span>LINDGREN, WALTER &middot; 000917364</span><span>Page 1 of 2</span></div>
<div class="pb"></div>
<div class="ptbar">LINDGREN, WALTER &nbsp;|&nbsp; DOB 04/11/1952 &nbsp;|&nbsp; Male &nbsp;|&nbsp; Acct 000917364</div>
<h4>Assessment / Plan excerpt (office visit 10/27/26)</h4>
<p>74 y/o M, former smoker (40 pack-years, quit 2015), COPD on tiotropium. Low-dose CT lung cancer screening 10/20/26: 9 mm spiculated nodule
RUL (Lung-RADS 4B); no lymphadenopathy. Prior LDCT 10/2025 negative. Spirometry 2025: FEV1 62% predicted, FEV1/FVC 0.61.
Please evaluate for PET-CT and tissue sampling. Patient aware of findings and agrees with referral.</p>
<h4>Medications</h4>
<p>tiotropium 18 mcg inhaled daily; albuterol HFA 2 puffs q4h PRN; aspirin 81 mg daily; rosuvastatin 10 mg daily</p>
<h4>Allergies</h4><p>No known drug allergies</p>
<h4>Attachments</h4><p>CT chest low-dose 10/20/26 report; PFT 2025; visit note 10/27/26</p>
<p style="margin-top:14px">Electronically signed: Miriam E. Castillo, MD &nbsp; 10/28/26 4:12 PM</p>
<div class="foot"><span>LINDGREN, WALTER &middot; 000917364</span><span>Page 2 of 2</span></div>
</body></html>"""
add(9, "EHR referral, stacked two-diagnosis list (NextPoint style, 2pp)", "fine", html, f, checks)

# ---------------------------------------------------------------- NT10
# fax cover sheet + typewritten referral slip (2pp), standard mode
npi10 = luhn_npi("203917245")
f = dict(patient_last_name="Schaefer", patient_first_name="Brenda", patient_dob="1967-12-02", patient_sex="F",
         patient_phone="4024738106", patient_mrn="31877", insurance_payer="Medica",
         insurance_member_id="MDC44718290", referring_provider="Paul Grunwald", referring_npi=npi10,
         referring_phone="4027826150", referring_fax="4027826155", referred_to_specialty="rheumatology",
         referred_to_provider="Howard Nakamura", diagnosis_codes=["M06.9", "R76.8"],
         reason="Symmetric polyarthritis of hands with positive RF and anti-CCP; morning stiffness over 1 hour",
         urgency="routine", referral_date="2026-11-09")
checks = dict(patient_last_name="SCHAEFER", patient_first_name="BRENDA", patient_dob="12/02/1967", patient_sex="SEX: F",
              patient_phone="(402) 473-8106", patient_mrn="31877", insurance_payer="Medica",
              insurance_member_id="MDC44718290", referring_provider=["Paul", "Grunwald"], referring_npi=npi10,
              referring_phone="(402) 782-6150", referring_fax="(402) 782-6155", referred_to_specialty="RHEUMATOLOGY",
              referred_to_provider=["Howard", "Nakamura"], diagnosis_codes=["M06.9", "R76.8"], reason=f["reason"],
              urgency="ROUTINE", referral_date="11/09/2026")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{BASE_CSS}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; }}
.fx {{ font-size:40pt; font-weight:bold; letter-spacing:6px; border-bottom:4px solid #000; }}
table.cv {{ width:100%; margin-top:14px; font-size:12pt; }} table.cv td {{ padding:7px 4px; border-bottom:1px solid #000; }}
.tw {{ font-family:'Nimbus Mono PS','Courier New',monospace; font-size:11pt; }}
.slip {{ border:2px solid #000; padding:10px 14px; }}
.slip h2 {{ text-align:center; margin:0 0 4px; font-size:14pt; }}
.ln {{ margin:7px 0; border-bottom:1px solid #000; }}
.ln span.l {{ font-family:'Liberation Sans'; font-size:8pt; font-weight:bold; margin-right:8px; }}
</style></head><body>
<div class="fx">FAX</div>
<div style="margin-top:6px"><b>Prairie View Medical Clinic</b><br>2100 N 48th St, Lincoln, NE 68504<br>Main 402-782-6100 &nbsp;&middot;&nbsp; Fax 402-782-6101</div>
<table class="cv">
<tr><td style="width:18%"><b>To:</b></td><td>Heartland Rheumatology &ndash; New Patient Referrals</td></tr>
<tr><td><b>Fax:</b></td><td>402-559-7710</td></tr>
<tr><td><b>Phone:</b></td><td>402-559-7700</td></tr>
<tr><td><b>From:</b></td><td>Shelly Voss, Referral Coordinator</td></tr>
<tr><td><b>Date:</b></td><td>11/10/2026</td></tr>
<tr><td><b>Pages:</b></td><td>2 (including cover)</td></tr>
<tr><td><b>Re:</b></td><td>New referral &ndash; please schedule</td></tr></table>
<p style="margin-top:18px">&#9744; Urgent &nbsp;&nbsp; &#9746; For Review &nbsp;&nbsp; &#9744; Please Comment &nbsp;&nbsp; &#9746; Please Reply</p>
<p>Comments: Referral and recent labs attached. Please call the patient directly to schedule and fax the appointment date back to us at 402-782-6155.</p>
<p style="font-size:8.5pt;margin-top:60px;border:1px solid #000;padding:6px">CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health information that is legally privileged.
If you are not the intended recipient, you are hereby notified that any disclosure, copying or distribution is strictly prohibited. If you have received this fax in error,
please notify the sender immediately at 402-782-6100.</p>
<div class="pb"></div>
<div class="slip">
<h2>PRAIRIE VIEW MEDICAL CLINIC &mdash; REFERRAL</h2>
<div style="text-align:center;font-size:9pt">2100 N 48th St, Lincoln, NE 68504</div>
<div class="ln tw"><span class="l">DATE</span>11/09/2026 <span class="l" style="margin-left:30px">PRIORITY</span>ROUTINE</div>
<div class="ln tw"><span class="l">PATIENT</span>SCHAEFER, BRENDA K <span class="l" style="margin-left:20px">CHART</span>31877</div>
<div class="ln tw"><span class="l">DOB</span>12/02/1967 <span class="l" style="margin-left:20px">SEX: F</span> <span class="l" style="margin-left:20px">PHONE</span>(402) 473-8106</div>
<div class="ln tw"><span class="l">INS</span>Medica <span class="l" style="margin-left:20px">ID</span>MDC44718290 <span class="l" style="margin-left:20px">GRP</span>NE-20588</div>
<div class="ln tw"><span class="l">REFER TO</span>HOWARD NAKAMURA, MD &nbsp; RHEUMATOLOGY</div>
<div class="ln tw"><span class="l">AT</span>HEARTLAND RHEUMATOLOGY, 8401 W DODGE RD, OMAHA NE &nbsp; TEL 402-559-7700</div>
<div class="ln tw"><span class="l">DX</span>M06.9 &nbsp; R76.8</div>
<div class="ln tw"><span class="l">REASON</span>{f['reason']}</div>
<div class="ln tw"><span class="l">LABS</span>RF 86 IU/mL, ANTI-CCP &gt;250 U, ESR 42, CRP 2.1 (11/03/2026). HAND XR: PERIARTICULAR OSTEOPENIA.</div>
<div class="ln tw"><span class="l">EMERG CONTACT</span>MARK SCHAEFER (402) 473-9921</div>
<div class="ln tw"><span class="l">REFERRING MD</span>PAUL D. GRUNWALD, M.D. &nbsp; <span class="l">NPI</span>{npi10}</div>
<div class="ln tw"><span class="l">TEL</span>(402) 782-6150 &nbsp; <span class="l">FAX</span>(402) 782-6155</div>
<div style="margin-top:22px">Signed: <span style="font-family:'Z003';font-size:16pt">P. Grunwald</span></div>
</div>
<div style="font-size:8pt;text-align:right;margin-top:6px">p. 2/2</div>
</body></html>"""
add(10, "fax cover sheet + typewritten referral slip (2pp)", "standard", html, f, checks)

if __name__ == "__main__":
    for d in DOCS:
        with open(f"{ROOT}/html/{d['id']}.html", "w") as fh:
            fh.write(d["html"])
        json.dump({k: d[k] for k in ("id", "kind", "mode", "fields", "checks")},
                  open(f"{ROOT}/src/{d['id']}.meta.json", "w"), indent=1)
    print("wrote", len(DOCS))
