#!/usr/bin/env python3
"""Generate 10 synthetic referral documents (HTML) + ground-truth JSON."""
import json, os

BASE = os.path.dirname(os.path.abspath(__file__))
DOCS = []

def add(doc_id, kind, pages, fields, html):
    DOCS.append((doc_id, kind, pages, fields, html))

PAGE = "@page { size: letter; margin: 0.6in; }\n"

# ---------------------------------------------------------------- NL01
f = dict(patient_last_name="Okafor", patient_first_name="Rosalind", patient_dob="1958-07-22",
         patient_sex="F", patient_phone="6143827719", patient_mrn="MR482913",
         insurance_payer="Aetna", insurance_member_id="W284619375",
         referring_provider="Thomas Brennan", referring_npi="1302945138",
         referring_phone="6142908841", referring_fax="6142908847",
         referred_to_specialty="cardiology", referred_to_provider="Anita Desai",
         diagnosis_codes=["I10", "R00.2"],
         reason="Palpitations and elevated blood pressure despite two antihypertensive agents; please evaluate for arrhythmia and optimize BP regimen.",
         urgency="routine", referral_date="2026-10-06")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
{PAGE}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color:#111; }}
h1 {{ font-size: 15pt; margin: 0; letter-spacing: 1px; }}
.hdr {{ display:flex; justify-content:space-between; border-bottom: 2px solid #000; padding-bottom:6px; margin-bottom:10px; }}
.hdr .r {{ text-align:right; font-size:9pt; }}
.grid {{ display:grid; grid-template-columns: 1fr 1fr; gap: 0; border:1px solid #000; }}
.box {{ border:1px solid #000; padding:4px 6px; min-height: 32px; }}
.lbl {{ font-variant: small-caps; font-size: 8pt; color:#333; display:block; letter-spacing:0.5px; }}
.val {{ font-size: 11pt; display:block; margin-top:2px; }}
.sec {{ background:#ddd; font-weight:bold; font-variant: small-caps; grid-column: 1 / span 2; padding:3px 6px; border:1px solid #000; }}
.full {{ grid-column: 1 / span 2; }}
.foot {{ margin-top: 18px; font-size: 8pt; color:#444; display:flex; justify-content:space-between; }}
</style></head><body>
<div class="hdr"><div><h1>COLUMBUS NORTH PRIMARY CARE</h1>
<div style="font-size:9pt">4410 Karl Road, Suite 200 &middot; Columbus, OH 43224</div></div>
<div class="r">Main (614) 290-8800<br>Records Fax (614) 290-8809<br>www.cnprimarycare.example</div></div>
<div style="text-align:center; font-weight:bold; font-size:13pt; margin-bottom:8px;">SPECIALTY REFERRAL REQUEST</div>
<div class="grid">
 <div class="sec">Patient</div>
 <div class="box"><span class="lbl">Last Name</span><span class="val">Okafor</span></div>
 <div class="box"><span class="lbl">First Name</span><span class="val">Rosalind</span></div>
 <div class="box"><span class="lbl">Date of Birth</span><span class="val">07/22/1958</span></div>
 <div class="box"><span class="lbl">Sex</span><span class="val">Female</span></div>
 <div class="box"><span class="lbl">Home Phone</span><span class="val">(614) 382-7719</span></div>
 <div class="box"><span class="lbl">Medical Record No.</span><span class="val">MR482913</span></div>
 <div class="box full"><span class="lbl">Address</span><span class="val">2217 Cleveland Ave, Apt 3B, Columbus, OH 43211</span></div>
 <div class="sec">Insurance</div>
 <div class="box"><span class="lbl">Carrier</span><span class="val">Aetna</span></div>
 <div class="box"><span class="lbl">Member ID</span><span class="val">W284619375</span></div>
 <div class="box"><span class="lbl">Group No.</span><span class="val">0871423-10-004</span></div>
 <div class="box"><span class="lbl">Authorization</span><span class="val">Pending</span></div>
 <div class="sec">Referring Provider</div>
 <div class="box"><span class="lbl">Name</span><span class="val">Thomas Brennan, MD</span></div>
 <div class="box"><span class="lbl">NPI</span><span class="val">1302945138</span></div>
 <div class="box"><span class="lbl">Direct Phone</span><span class="val">(614) 290-8841</span></div>
 <div class="box"><span class="lbl">Direct Fax</span><span class="val">(614) 290-8847</span></div>
 <div class="sec">Referred To</div>
 <div class="box"><span class="lbl">Specialist</span><span class="val">Anita Desai, MD, FACC</span></div>
 <div class="box"><span class="lbl">Specialty</span><span class="val">Cardiology</span></div>
 <div class="box"><span class="lbl">Practice</span><span class="val">Heartland Cardiovascular Group</span></div>
 <div class="box"><span class="lbl">Practice Phone / Fax</span><span class="val">(614) 566-2130 / (614) 566-2139</span></div>
 <div class="sec">Clinical</div>
 <div class="box"><span class="lbl">Diagnosis Code(s)</span><span class="val">I10, R00.2</span></div>
 <div class="box"><span class="lbl">Priority</span><span class="val">Routine</span></div>
 <div class="box full"><span class="lbl">Reason for Referral</span><span class="val">Palpitations and elevated blood pressure despite two antihypertensive agents; please evaluate for arrhythmia and optimize BP regimen.</span></div>
 <div class="box full"><span class="lbl">Pertinent History / Attachments</span><span class="val">Last office note, ECG 09/30/2026, BMP, med list enclosed.</span></div>
 <div class="box"><span class="lbl">Date of Referral</span><span class="val">10/06/2026</span></div>
 <div class="box"><span class="lbl">Provider Signature</span><span class="val" style="font-family:'Z003',cursive; font-size:15pt">Thomas Brennan</span></div>
</div>
<div class="foot"><span>Form CNPC-REF-04 (rev. 03/2025)</span><span>Printed on 10/07/2026 08:14</span><span>Page 1 of 1</span></div>
<p style="font-size:7.5pt; color:#555">CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If received in error, call (614) 290-8800 and destroy all copies.</p>
</body></html>"""
add("NL01", "two-column boxed form, small-caps labels above values", 1, f, html)

# ---------------------------------------------------------------- NL02
f = dict(patient_last_name="Marchetti", patient_first_name="Delphine", patient_dob="1971-04-03",
         patient_sex="F", patient_phone="3128472291", patient_mrn="00483921",
         insurance_payer="Blue Cross Blue Shield", insurance_member_id="XJH482915603",
         referring_provider="Margaret Huang", referring_npi="1806725143",
         referring_phone="3125509120", referring_fax="3125509128",
         referred_to_specialty="neurology", referred_to_provider="Samuel Whitfield",
         diagnosis_codes=["G43.709", "G44.41"],
         reason="evaluation of chronic migraine without aura, now occurring on 15 or more days per month despite an adequate trial of topiramate, with suspected medication-overuse headache",
         urgency="urgent", referral_date="2026-10-14")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
{PAGE}
body {{ font-family: 'C059', 'Century Schoolbook', serif; font-size: 11.5pt; line-height: 1.45; }}
.lh {{ text-align:center; border-bottom: 1px solid #555; padding-bottom: 8px; margin-bottom: 22px; }}
.lh .n {{ font-size: 19pt; letter-spacing: 2px; }}
.lh .s {{ font-size: 9.5pt; }}
p {{ margin: 0 0 11px 0; text-align: justify; }}
.foot {{ position: fixed; bottom: 0; width:100%; text-align:center; font-size:8pt; color:#666; }}
</style></head><body>
<div class="lh"><div class="n">LAKESIDE FAMILY MEDICINE</div>
<div class="s">Margaret L. Huang, MD &nbsp;&bull;&nbsp; Board Certified, Family Medicine &nbsp;&bull;&nbsp; NPI 1806725143</div>
<div class="s">1830 N. Clark Street, Chicago, IL 60614 &nbsp;&bull;&nbsp; Tel (312) 550-9120 &nbsp;&bull;&nbsp; Fax (312) 550-9128</div></div>
<p>October 14, 2026</p>
<p>Samuel Whitfield, MD<br>Whitfield Neurology Associates<br>675 N. St. Clair Street, Suite 1900<br>Chicago, IL 60611<br>Via fax: (312) 926-4418</p>
<p><b>RE: Delphine R. Marchetti &nbsp;&nbsp; DOB 04/03/1971 &nbsp;&nbsp; Our chart #00483921</b></p>
<p>Dear Dr. Whitfield,</p>
<p>I am referring my patient Ms. Delphine R. Marchetti, date of birth April 3, 1971, for evaluation of chronic migraine without aura, now occurring on 15 or more days per month despite an adequate trial of topiramate, with suspected medication-overuse headache. She is a 55-year-old woman who has been under my care since 2014. Over the past four months her headaches have become nearly daily, and she is using sumatriptan and over-the-counter analgesics most days of the week. Her neurologic examination in my office on October 9 was non-focal, and MRI of the brain from 2023 was unremarkable.</p>
<p>Her working diagnoses are chronic migraine without aura, not intractable, without status migrainosus (G43.709) and drug-induced headache, not elsewhere classified, not intractable (G44.41). She has also tried propranolol in the past without benefit. I would be interested in your opinion regarding CGRP-targeted therapy or onabotulinumtoxinA.</p>
<p>Because her headaches are now significantly affecting her ability to work, I would be grateful if she could be seen on an <b>urgent</b> basis. She is covered by Blue Cross Blue Shield, member ID XJH482915603, group 60218, and can be reached at (312) 847-2291. Copies of my recent notes and her medication list are enclosed.</p>
<p>Please do not hesitate to contact my office at (312) 550-9120 if you have any questions. Thank you for seeing her.</p>
<p style="margin-top:18px">Sincerely,</p>
<p style="font-family:'Z003',cursive; font-size:18pt; margin:0">Margaret Huang</p>
<p>Margaret L. Huang, MD<br>Lakeside Family Medicine</p>
<p style="font-size:9pt">Enclosures (4) &nbsp;&nbsp; cc: patient chart</p>
<div class="foot">Lakeside Family Medicine &bull; 1830 N. Clark Street, Chicago, IL 60614 &bull; www.lakesidefm.example</div>
</body></html>"""
add("NL02", "prose referral letter with letterhead", 1, f, html)

# ---------------------------------------------------------------- NL03
f = dict(patient_last_name="Jenkins", patient_first_name="Harold", patient_dob="1949-11-30",
         patient_sex="M", patient_phone="4048315572", patient_mrn="MRN-2204871",
         insurance_payer="Medicare", insurance_member_id="1EG4TE5MK73",
         referring_provider="Priya Raman", referring_npi="2385592672",
         referring_phone="4043627700", referring_fax="4043627715",
         referred_to_specialty="orthopedics", referred_to_provider="Marcus Feld",
         diagnosis_codes=["M17.11", "M25.561"],
         reason="Right knee primary osteoarthritis with persistent pain; failed PT, NSAIDs and two corticosteroid injections. Evaluate for total knee arthroplasty.",
         urgency="routine", referral_date="2026-10-20")
rows = [("Referral Date", "10/20/2026"), ("Patient Last Name", "Jenkins"), ("Patient First Name", "Harold"),
        ("DOB", "11/30/1949"), ("Sex", "M"), ("Patient Phone", "404-831-5572"),
        ("Patient Address", "318 Ponce de Leon Ave NE, Atlanta, GA 30308"), ("MRN", "MRN-2204871"),
        ("Insurance", "Medicare"), ("Member ID", "1EG4TE5MK73"), ("Secondary Insurance", "None on file"),
        ("Referring Physician", "Priya Raman, DO"), ("Referring NPI", "2385592672"),
        ("Referring Phone", "404-362-7700"), ("Referring Fax", "404-362-7715"),
        ("Refer To", "Marcus Feld, MD"), ("Refer-To NPI", "1189696473"), ("Specialty", "Orthopedic Surgery"),
        ("Refer-To Location", "Peachtree Orthopedics, 2001 Peachtree Rd NE, Atlanta, GA 30309"),
        ("Refer-To Fax", "404-355-0199"),
        ("ICD-10", "M17.11 &ndash; Unilateral primary osteoarthritis, right knee<br>M25.561 &ndash; Pain in right knee"),
        ("Reason", "Right knee primary osteoarthritis with persistent pain; failed PT, NSAIDs and two corticosteroid injections. Evaluate for total knee arthroplasty."),
        ("Urgency", "Routine"), ("Visits Requested", "Consult + follow-up (2)"), ("Imaging", "XR R knee 3 views 09/12/2026 (attached)")]
trs = "\n".join(f"<tr><td class='k'>{k}</td><td>{v}</td></tr>" for k, v in rows)
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
{PAGE}
body {{ font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9.5pt; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #666; padding: 4px 7px; vertical-align: top; }}
th {{ background: #e8e8e8; text-align: left; }}
td.k {{ width: 30%; font-weight: bold; background:#f6f6f6; }}
.top {{ display:flex; justify-content:space-between; margin-bottom: 10px; }}
</style></head><body>
<div class="top"><div><b style="font-size:13pt">Midtown Internal Medicine, P.C.</b><br>550 Peachtree St NE, Suite 410, Atlanta, GA 30308<br>Phone 404-362-7700 &nbsp; Fax 404-362-7715</div>
<div style="text-align:right">Referral #: R-2026-118204<br>Printed: 10/21/2026 7:42 AM</div></div>
<h2 style="font-size:13pt; margin:6px 0">Referral Summary</h2>
<table><tr><th>Field</th><th>Value</th></tr>
{trs}
</table>
<p style="font-size:8pt; margin-top:12px">Please fax consult notes to 404-362-7715. This referral is valid for 90 days from the referral date. &nbsp; Page 1 of 1</p>
</body></html>"""
add("NL03", "Field | Value table", 1, f, html)

# ---------------------------------------------------------------- NL04
f = dict(patient_last_name="Kowalczyk", patient_first_name="Stanley", patient_dob="1966-02-14",
         patient_sex="M", patient_phone="4142687734", patient_mrn="00719264",
         insurance_payer="UnitedHealthcare", insurance_member_id="918273645",
         referring_provider="Rebecca Lindqvist", referring_npi="1695313175",
         referring_phone="4145523300", referring_fax="4145523391",
         referred_to_specialty="gastroenterology", referred_to_provider="Victor Almeida",
         diagnosis_codes=["K21.9", "R10.13", "R13.10"],
         reason="Persistent reflux symptoms despite 8 weeks of twice-daily PPI, epigastric pain and new intermittent dysphagia. Requesting GI consult and EGD.",
         urgency="urgent", referral_date="2026-10-27")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
{PAGE}
body {{ font-family: 'Liberation Sans Narrow', 'Arial Narrow', sans-serif; font-size: 10.5pt; }}
.bar {{ background:#1f3b5a; color:#fff; padding:5px 8px; font-size: 13pt; font-weight:bold; }}
.meta {{ font-size:8.5pt; display:flex; justify-content:space-between; border-bottom:1px solid #999; padding:3px 0; margin-bottom:6px; }}
h3 {{ font-size:10.5pt; margin: 10px 0 3px 0; border-bottom:1px solid #1f3b5a; color:#1f3b5a; text-transform: uppercase; }}
table.kv {{ width:100%; border-collapse:collapse; }}
table.kv td {{ padding: 1px 4px; vertical-align: top; }}
table.kv td.l {{ color:#444; width: 16%; white-space:nowrap; }}
table.kv td.v {{ width: 34%; font-weight:bold; }}
table.dx {{ border-collapse:collapse; width:100%; }}
table.dx td, table.dx th {{ border:1px solid #aaa; padding:2px 5px; text-align:left; }}
.foot {{ font-size: 8pt; color:#555; margin-top: 14px; border-top:1px solid #999; padding-top:3px; display:flex; justify-content:space-between; }}
</style></head><body>
<div class="bar">Outgoing Referral</div>
<div class="meta"><span>Aurora Westside Clinic &middot; 2900 W Wisconsin Ave, Milwaukee, WI 53208 &middot; Front Desk 414-552-3000 &middot; Fax 414-552-3099</span><span>Referral ID 5528193</span></div>
<table class="kv"><tr><td class="l">Referral Date:</td><td class="v">10/27/2026</td><td class="l">Priority:</td><td class="v">URGENT</td></tr>
<tr><td class="l">Status:</td><td class="v">Sent - Awaiting Scheduling</td><td class="l">Entered By:</td><td class="v">jmorales (MA)</td></tr></table>
<h3>Patient Demographics</h3>
<table class="kv">
<tr><td class="l">Pt Name:</td><td class="v">Kowalczyk, Stanley J</td><td class="l">Pt DOB:</td><td class="v">02/14/1966 (60 y)</td></tr>
<tr><td class="l">Legal Sex:</td><td class="v">Male</td><td class="l">MRN:</td><td class="v">00719264</td></tr>
<tr><td class="l">Home Ph:</td><td class="v">414-268-7734</td><td class="l">Pref Lang:</td><td class="v">English</td></tr>
<tr><td class="l">Address:</td><td class="v" colspan="3">5127 W Burnham St, West Milwaukee, WI 53219</td></tr>
</table>
<h3>Coverage</h3>
<table class="kv">
<tr><td class="l">Payer:</td><td class="v">UnitedHealthcare</td><td class="l">Plan:</td><td class="v">Choice Plus PPO</td></tr>
<tr><td class="l">Insured ID:</td><td class="v">918273645</td><td class="l">Group #:</td><td class="v">705214</td></tr>
<tr><td class="l">Subscriber:</td><td class="v">Self</td><td class="l">Payer Ph:</td><td class="v">866-633-2446</td></tr>
</table>
<h3>Referring Clinician</h3>
<table class="kv">
<tr><td class="l">Referring MD:</td><td class="v">Rebecca Lindqvist, MD</td><td class="l">NPI:</td><td class="v">1695313175</td></tr>
<tr><td class="l">Office Ph:</td><td class="v">414-552-3300</td><td class="l">Office Fax:</td><td class="v">414-552-3391</td></tr>
<tr><td class="l">PCP:</td><td class="v">Rebecca Lindqvist, MD</td><td class="l">Dept:</td><td class="v">Internal Medicine</td></tr>
</table>
<h3>Referred To</h3>
<table class="kv">
<tr><td class="l">Provider:</td><td class="v">Victor Almeida, MD</td><td class="l">Specialty:</td><td class="v">Gastroenterology</td></tr>
<tr><td class="l">Facility:</td><td class="v">Lakeshore Digestive Health</td><td class="l">Fax:</td><td class="v">414-649-7102</td></tr>
<tr><td class="l">Phone:</td><td class="v">414-649-7100</td><td class="l">Visit Type:</td><td class="v">Consult &amp; Treat</td></tr>
</table>
<h3>Diagnoses (ICD-10)</h3>
<table class="dx"><tr><th>#</th><th>Dx</th><th>Description</th></tr>
<tr><td>1</td><td>K21.9</td><td>Gastro-esophageal reflux disease without esophagitis</td></tr>
<tr><td>2</td><td>R10.13</td><td>Epigastric pain</td></tr>
<tr><td>3</td><td>R13.10</td><td>Dysphagia, unspecified</td></tr></table>
<h3>Reason for Referral</h3>
<div>Persistent reflux symptoms despite 8 weeks of twice-daily PPI, epigastric pain and new intermittent dysphagia. Requesting GI consult and EGD.</div>
<h3>Comments</h3>
<div>Pt has lost ~6 lb over 2 months. CBC 10/20/2026 Hgb 13.1. Please call pt directly to schedule.</div>
<div class="foot"><span>Printed on 10/28/2026 09:02 by LINDQVIST, REBECCA</span><span>CONFIDENTIAL - Contains PHI</span><span>Page 1 of 1</span></div>
</body></html>"""
add("NL04", "EHR Outgoing Referral printout with sections", 1, f, html)

# ---------------------------------------------------------------- NL05
f = dict(patient_last_name="Brooks-Hale", patient_first_name="Yolanda", patient_dob="1983-05-09",
         patient_sex="F", patient_phone="2159046618", patient_mrn="E7730412",
         insurance_payer="Cigna", insurance_member_id="U48291736",
         referring_provider="Kevin O'Malley", referring_npi="2171708599",
         referring_phone="2157481200", referring_fax="2157481266",
         referred_to_specialty="endocrinology", referred_to_provider="Lina Haddad",
         diagnosis_codes=["E11.65", "E05.90"],
         reason="Type 2 diabetes with hyperglycemia, A1c 10.4% on metformin and glipizide; incidental suppressed TSH (0.02) with elevated free T4. Please evaluate and manage.",
         urgency="urgent", referral_date="2026-11-03")
def cb(on): return "[X]" if on else "[&nbsp;&nbsp;]"
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
{PAGE}
body {{ font-family: 'Nimbus Sans', Helvetica, sans-serif; font-size: 10pt; }}
.hosp {{ display:flex; align-items:center; gap: 12px; border-bottom: 3px double #000; padding-bottom: 6px; }}
.logo {{ width: 46px; height: 46px; border: 3px solid #000; border-radius: 50%; text-align:center; line-height:46px; font-weight:bold; font-size:16pt; }}
.title {{ font-size: 14pt; font-weight: bold; }}
fieldset {{ border: 1px solid #000; margin: 8px 0; padding: 4px 8px 6px 8px; }}
legend {{ font-weight: bold; font-size: 9.5pt; padding: 0 4px; }}
.row {{ display:flex; gap: 18px; margin: 3px 0; }}
.u {{ border-bottom: 1px solid #000; padding: 0 4px; min-width: 80px; display:inline-block; }}
.mono {{ font-family: 'Nimbus Mono PS', 'Courier New', monospace; }}
.small {{ font-size: 8pt; }}
</style></head><body>
<div class="hosp"><div class="logo">M</div><div><div class="title">MERCY GENERAL HOSPITAL</div>
<div>Division of Endocrinology, Diabetes &amp; Metabolism &middot; 1500 Spruce Street, Philadelphia, PA 19102</div>
<div class="small">Central Scheduling 215-555-0100 is NOT for referrals &middot; Referral Intake Fax: 215-829-3340 &middot; Intake Phone: 215-829-3300</div></div></div>
<div style="text-align:center; font-size:13pt; font-weight:bold; margin:8px 0">ENDOCRINOLOGY NEW PATIENT INTAKE REQUEST</div>
<div class="small">Incomplete requests will be returned to the referring office. Please attach last 2 office notes, labs, and medication list.</div>
<fieldset><legend>Request Priority</legend>
<span class="mono">{cb(False)}</span> Routine (within 4-6 weeks) &nbsp;&nbsp;&nbsp;
<span class="mono">{cb(True)}</span> Urgent (within 7 days) &nbsp;&nbsp;&nbsp;
<span class="mono">{cb(False)}</span> STAT (call intake line before faxing)
&nbsp;&nbsp;&nbsp;&nbsp; Date of Request: <span class="u">11/03/2026</span></fieldset>
<fieldset><legend>Patient Information</legend>
<div class="row"><span>Patient Last Name: <span class="u">Brooks-Hale</span></span><span>First: <span class="u">Yolanda</span></span><span>M.I.: <span class="u">C</span></span></div>
<div class="row"><span>Birthdate: <span class="u">05/09/1983</span></span>
<span>Sex: <span class="mono">{cb(False)}</span> Male <span class="mono">{cb(True)}</span> Female <span class="mono">{cb(False)}</span> Other/Unknown</span></div>
<div class="row"><span>Best Contact Phone: <span class="u">215-904-6618</span></span><span>Alt Phone: <span class="u">&nbsp;</span></span><span>Hospital MRN (if known): <span class="u">E7730412</span></span></div>
<div class="row"><span>Interpreter needed: <span class="mono">{cb(False)}</span> Yes <span class="mono">{cb(True)}</span> No</span></div>
</fieldset>
<fieldset><legend>Insurance</legend>
<div class="row"><span>Primary Insurance: <span class="u">Cigna</span></span><span>Policy / ID #: <span class="u">U48291736</span></span><span>Group #: <span class="u">3341987</span></span></div>
<div class="row"><span>Referral/Auth # (HMO only): <span class="u">N/A</span></span></div>
</fieldset>
<fieldset><legend>Referring Provider</legend>
<div class="row"><span>Name: <span class="u">Kevin O'Malley, MD</span></span><span>NPI: <span class="u">2171708599</span></span></div>
<div class="row"><span>Practice: <span class="u">Fairmount Family Health Center</span></span></div>
<div class="row"><span>Phone: <span class="u">215-748-1200</span></span><span>Fax: <span class="u">215-748-1266</span></span><span>Contact: <span class="u">Denise (MA)</span></span></div>
</fieldset>
<fieldset><legend>Service Requested</legend>
<div class="row"><span>Requested Endocrinologist: <span class="u">Lina Haddad, MD</span></span>
<span><span class="mono">{cb(False)}</span> First available</span></div>
<div class="row"><span>Condition: <span class="mono">{cb(True)}</span> Diabetes <span class="mono">{cb(True)}</span> Thyroid <span class="mono">{cb(False)}</span> Adrenal <span class="mono">{cb(False)}</span> Pituitary <span class="mono">{cb(False)}</span> Bone/Calcium <span class="mono">{cb(False)}</span> Other</span></div>
<div class="row"><span>ICD-10 Diagnosis Code(s): <span class="u">E11.65; E05.90</span></span></div>
<div style="margin-top:4px">Reason for Consultation / Clinical Question:</div>
<div style="border:1px solid #000; padding:5px; min-height:48px">Type 2 diabetes with hyperglycemia, A1c 10.4% on metformin and glipizide; incidental suppressed TSH (0.02) with elevated free T4. Please evaluate and manage.</div>
</fieldset>
<div class="row" style="margin-top:10px"><span>Referring Provider Signature: <span class="u" style="min-width:200px; font-family:'Z003',cursive; font-size:14pt">K. O'Malley</span></span><span>Date: <span class="u">11/03/2026</span></span></div>
<div class="small" style="margin-top:12px; display:flex; justify-content:space-between"><span>MGH-ENDO-INTAKE-01 Rev 07/2024</span><span>For office use: Received ______ Scheduled ______</span><span>Page 1 of 1</span></div>
</body></html>"""
add("NL05", "hospital specialty intake request with [X]/[ ] checkboxes", 1, f, html)

# ---------------------------------------------------------------- NL06
f = dict(patient_last_name="Tran", patient_first_name="Minh", patient_dob="1979-12-08",
         patient_sex="M", patient_phone="7134019825", patient_mrn="448210937",
         insurance_payer="Humana", insurance_member_id="H58204917",
         referring_provider="Olivia Castellanos", referring_npi="1194090605",
         referring_phone="7136624510", referring_fax="7136624599",
         referred_to_specialty="pulmonology", referred_to_provider="Gregory Adeyemi",
         diagnosis_codes=["R04.2", "R91.1", "J45.909"],
         reason="New hemoptysis x 5 days and 2.1 cm spiculated RUL nodule on CT chest 11/04/2026 in a 46 y/o former smoker with asthma. Needs bronchoscopy evaluation.",
         urgency="stat", referral_date="2026-11-05")
lines = [("Date Ordered", "2026-11-05"), ("Acuity", "STAT"), ("Patient", "Minh Tran"), ("Birth Date", "1979-12-08"),
         ("Gender", "M"), ("Contact Number", "713-401-9825"), ("Chart #", "448210937"),
         ("Health Plan", "Humana"), ("Subscriber #", "H58204917"),
         ("Ordering Clinician", "Olivia Castellanos, NP"), ("Clinician NPI", "1194090605"),
         ("Callback", "713-662-4510"), ("Return Fax", "713-662-4599"),
         ("Consult Requested With", "Gregory Adeyemi, MD"), ("Service", "Pulmonary Medicine"),
         ("Consultant Fax", "713-790-3312"),
         ("Clinical Indication", "New hemoptysis x 5 days and 2.1 cm spiculated RUL nodule on CT chest 11/04/2026 in a 46 y/o former smoker with asthma. Needs bronchoscopy evaluation."),
         ("ICD Codes", "R04.2 R91.1 J45.909")]
body = "\n".join(f"<div class='ln'>{k}: {v}</div>" for k, v in lines)
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
{PAGE}
body {{ font-family: 'Liberation Mono', 'Courier New', monospace; font-size: 10.5pt; }}
.ln {{ margin: 3px 0; }}
</style></head><body>
<div>BAYOU CITY URGENT &amp; PRIMARY CARE</div>
<div>7301 Fannin St Ste 120, Houston TX 77030   Ph 713-662-4500  Fx 713-662-4599</div>
<div>------------------------------------------------------------------</div>
<div>CONSULT ORDER</div>
<div>------------------------------------------------------------------</div>
{body}
<div>------------------------------------------------------------------</div>
<div class='ln'>** STAT: patient instructed to go to ED if hemoptysis exceeds 1 tablespoon **</div>
<div class='ln'>Attachments: CT chest report, CBC, PT/INR</div>
<div class='ln'>Electronically signed: O. Castellanos, NP 2026-11-05 16:47</div>
<div style="margin-top:20px">Printed 2026-11-05 16:52  ws-front2                     pg 1/1</div>
</body></html>"""
add("NL06", "minimal one-line-per-field form with unusual labels", 1, f, html)

# ---------------------------------------------------------------- NL07
f = dict(patient_last_name="GALLAGHER", patient_first_name="MAUREEN", patient_dob="1962-03-04",
         patient_sex="F", patient_mrn="MR660142",
         insurance_payer="Blue Cross Blue Shield", insurance_member_id="ZGB771203948",
         referring_provider="Carlos Ramirez", referring_npi="2956134177",
         referring_phone="6177345510", referring_fax="6177345519",
         referred_to_specialty="rheumatology", referred_to_provider="Helen Okonkwo",
         diagnosis_codes=["M06.9", "M79.641", "M79.642"],
         reason="Symmetric polyarthritis of the hands with morning stiffness over 1 hour; RF positive, anti-CCP pending. Evaluate for rheumatoid arthritis and initiate DMARD if appropriate.",
         urgency="routine", referral_date="2026-11-02")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
{PAGE}
body {{ font-family: 'P052', 'Palatino Linotype', serif; font-size: 11pt; }}
.top {{ text-align: right; font-size: 9.5pt; }}
h1 {{ font-size: 16pt; font-weight: normal; letter-spacing: 3px; border-top: 1px solid #000; border-bottom:1px solid #000; padding: 4px 0; text-align:center; }}
table {{ width: 100%; border-collapse: collapse; }}
td {{ padding: 5px 4px; vertical-align: top; }}
td.l {{ width: 27%; font-style: italic; }}
.sig {{ margin-top: 26px; }}
</style></head><body>
<div style="display:flex; justify-content:space-between">
<div><b style="font-size:13pt">BACK BAY PRIMARY CARE ASSOCIATES</b><br>280 Commonwealth Avenue<br>Boston, Massachusetts 02116</div>
<div class="top">Telephone 617-734-5500<br>Facsimile 617-734-5519<br>Printed November 3, 2026</div></div>
<h1>REQUEST FOR CONSULTATION</h1>
<table>
<tr><td class="l">Date of request</td><td>November 2, 2026</td></tr>
<tr><td class="l">Patient (Last, First Middle)</td><td><b>GALLAGHER, MAUREEN ELIZABETH</b></td></tr>
<tr><td class="l">Born</td><td>March 4, 1962</td></tr>
<tr><td class="l">Gender</td><td>Female</td></tr>
<tr><td class="l">Account / MR number</td><td>MR660142</td></tr>
<tr><td class="l">Address</td><td>14 Beacon Hill Terrace, Unit 2, Boston, Massachusetts 02108</td></tr>
<tr><td class="l">Insurer</td><td>Blue Cross Blue Shield &nbsp; &mdash; &nbsp; ID ZGB771203948 &nbsp; (HMO Blue)</td></tr>
<tr><td class="l">Consultant</td><td>Helen Okonkwo, MD &mdash; Rheumatology<br>New England Arthritis Center, 55 Fruit Street, Boston &nbsp;&middot;&nbsp; Fax 617-726-8830</td></tr>
<tr><td class="l">Requesting physician</td><td>Carlos A. Ramirez, MD &nbsp;&middot;&nbsp; NPI 2956134177<br>Direct line 617-734-5510 &nbsp;&middot;&nbsp; Fax 617-734-5519</td></tr>
<tr><td class="l">Diagnoses</td><td>M06.9 Rheumatoid arthritis, unspecified<br>M79.641 Pain in right hand<br>M79.642 Pain in left hand</td></tr>
<tr><td class="l">Question / reason</td><td>Symmetric polyarthritis of the hands with morning stiffness over 1 hour; RF positive, anti-CCP pending. Evaluate for rheumatoid arthritis and initiate DMARD if appropriate.</td></tr>
<tr><td class="l">Timing</td><td>Routine &mdash; next available appointment</td></tr>
<tr><td class="l">Last seen in this office</td><td>October 28, 2026</td></tr>
</table>
<div class="sig">_______________________________ &nbsp; &nbsp; November 2, 2026<br>Carlos A. Ramirez, MD</div>
<p style="font-size:8.5pt; margin-top: 26px; text-align:center">Please send your consultation report to Dr. Ramirez at facsimile 617-734-5519. &nbsp;&middot;&nbsp; 1 of 1</p>
</body></html>"""
add("NL07", "LAST, FIRST MIDDLE name and spelled-out dates", 1, f, html)

# ---------------------------------------------------------------- NL08
f = dict(patient_last_name="Volkov", patient_first_name="Dmitri", patient_dob="1975-08-19",
         patient_sex="M", patient_phone="5038274416", patient_mrn="PDX0091842",
         insurance_payer="Kaiser Permanente", insurance_member_id="KP0038815527",
         referring_provider="Hannah Whitaker", referring_npi="1926348214",
         referring_phone="5032916620", referring_fax="5032916621",
         referred_to_specialty="urology", referred_to_provider="Raymond Osei",
         diagnosis_codes=["N40.1", "R97.20"],
         reason="BPH with lower urinary tract symptoms, nocturia 4x nightly; PSA 6.2 ng/mL (up from 3.9 last year). Evaluate for prostate biopsy / MRI.",
         urgency="routine", referral_date="2026-11-10")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
{PAGE}
body {{ font-family: 'URW Gothic', 'Century Gothic', sans-serif; font-size: 10pt; }}
.head {{ background: #eef3f0; border: 1px solid #7a9a87; padding: 8px 10px; }}
.head b {{ font-size: 14pt; }}
.cols {{ display:flex; gap: 14px; margin-top: 10px; }}
.card {{ flex:1; border: 1px solid #7a9a87; border-radius: 6px; padding: 6px 9px; }}
.card h4 {{ margin: 0 0 4px 0; font-size: 10pt; color: #2f5a41; text-transform: uppercase; letter-spacing: 1px; }}
.card div {{ margin: 2px 0; }}
.k {{ color: #555; }}
</style></head><body>
<div class="head"><b>Willamette Valley Health Partners</b> &nbsp;|&nbsp; 2100 SE Belmont St, Portland OR 97214 &nbsp;|&nbsp; Office 503.291.6600 &nbsp;|&nbsp; Fax 503.291.6699</div>
<div style="display:flex; justify-content:space-between; margin-top:8px"><span style="font-size:13pt; font-weight:bold">Referral Authorization Request</span><span>Submitted: 11/10/2026 &nbsp;&nbsp; Status: Routine</span></div>
<div class="cols">
<div class="card"><h4>Member</h4>
<div><span class="k">Name:</span> Dmitri Volkov</div>
<div><span class="k">D.O.B.:</span> 8/19/1975</div>
<div><span class="k">Sex:</span> M</div>
<div><span class="k">Tel:</span> 503.827.4416</div>
<div><span class="k">Record #:</span> PDX0091842</div>
<div><span class="k">Plan:</span> Kaiser Permanente</div>
<div><span class="k">Member No.:</span> KP0038815527</div>
</div>
<div class="card"><h4>Requesting Provider</h4>
<div><span class="k">Provider:</span> Hannah Whitaker, PA-C</div>
<div><span class="k">NPI:</span> 1926 348 214</div>
<div><span class="k">Tel:</span> (503)291-6620</div>
<div><span class="k">Fax:</span> (503)291-6621</div>
<div><span class="k">Supervising MD:</span> Paul Nakamura, MD</div>
</div>
<div class="card"><h4>Servicing Provider</h4>
<div><span class="k">Provider:</span> Raymond Osei, MD</div>
<div><span class="k">Specialty:</span> Urology</div>
<div><span class="k">Group:</span> Rose City Urology</div>
<div><span class="k">Tel:</span> (503)413-7750</div>
<div><span class="k">Fax:</span> (503)413-7759</div>
</div></div>
<div class="card" style="margin-top:12px"><h4>Clinical Information</h4>
<div><span class="k">Diagnosis (ICD-10-CM):</span> N40.1 &nbsp;/&nbsp; R97.20</div>
<div><span class="k">Reason for request:</span> BPH with lower urinary tract symptoms, nocturia 4x nightly; PSA 6.2 ng/mL (up from 3.9 last year). Evaluate for prostate biopsy / MRI.</div>
<div><span class="k">Services requested:</span> Office consultation (99244), possible cystoscopy</div>
<div><span class="k">Number of visits:</span> 3 &nbsp;&nbsp; <span class="k">Valid through:</span> 02/10/2027</div>
</div>
<p style="font-size:8pt; color:#555; margin-top:16px">Questions about this request? Call our referral coordinator at 503.291.6640. Printed 11/11/2026. Page 1 of 1.</p>
</body></html>"""
add("NL08", "card layout with dotted/parenthesized phones and spaced NPI", 1, f, html)

# ---------------------------------------------------------------- NL09
f = dict(patient_last_name="Washington", patient_first_name="Tamika", patient_dob="1990-01-27",
         patient_sex="F", patient_phone="9193574481", patient_mrn="RIM-338104",
         insurance_payer="Anthem Blue Cross", insurance_member_id="YRK640219385",
         referring_provider="Daniel Petrosyan", referring_npi="2298621683",
         referring_phone="9197826100", referring_fax="9197826140",
         referred_to_specialty="dermatology", referred_to_provider="Sophie Lindgren",
         diagnosis_codes=["L40.0", "L29.9"],
         reason="Chronic plaque psoriasis involving approximately 12% BSA (elbows, knees, scalp, lower back) with pruritus, inadequate response to clobetasol and calcipotriene. Evaluate for phototherapy or biologic therapy.",
         urgency="routine", referral_date="2026-11-16")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
{PAGE}
body {{ font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; }}
.fax h1 {{ font-size: 40pt; margin: 0 0 10px 0; font-family: 'Liberation Sans', Arial, sans-serif; letter-spacing: 6px; }}
.fax table {{ width: 100%; border-collapse: collapse; font-size: 12pt; }}
.fax td {{ border-bottom: 1px solid #000; padding: 8px 4px; }}
.fax td.l {{ font-weight: bold; width: 18%; }}
.p2 {{ page-break-before: always; }}
.p2 h2 {{ text-align:center; font-size: 14pt; margin: 6px 0 10px 0; }}
.p2 table {{ width:100%; border-collapse: collapse; }}
.p2 td {{ border: 1px solid #444; padding: 4px 6px; vertical-align: top; }}
.p2 td.l {{ background: #efefef; font-weight: bold; width: 22%; font-size: 10pt; }}
</style></head><body>
<div class="fax">
<div style="font-family:'Liberation Sans',Arial,sans-serif"><b>Riverside Internal Medicine</b><br>3320 Wake Forest Road, Suite 300, Raleigh, NC 27609<br>Phone (919) 782-6100 &nbsp; Fax (919) 782-6140</div>
<h1 style="margin-top:24px">FAX</h1>
<table>
<tr><td class="l">To:</td><td>Sophie Lindgren, MD / New Patient Referrals</td><td class="l">From:</td><td>Riverside Internal Medicine</td></tr>
<tr><td class="l">Company:</td><td>Triangle Dermatology &amp; Skin Surgery</td><td class="l">Sender:</td><td>Keisha Monroe, Referral Coordinator</td></tr>
<tr><td class="l">Fax:</td><td>(919) 544-0287</td><td class="l">Fax:</td><td>(919) 782-6140</td></tr>
<tr><td class="l">Phone:</td><td>(919) 544-0280</td><td class="l">Phone:</td><td>(919) 782-6100 ext. 214</td></tr>
<tr><td class="l">Date:</td><td>11/16/2026</td><td class="l">Pages:</td><td>2 (including cover)</td></tr>
<tr><td class="l">Re:</td><td colspan="3">New patient referral</td></tr>
</table>
<p style="margin-top:20px">[ ] Urgent &nbsp;&nbsp; [X] For Review &nbsp;&nbsp; [ ] Please Comment &nbsp;&nbsp; [ ] Please Reply</p>
<p>Comments: Please find attached referral for dermatology evaluation. Office notes and photos available on request. Kindly fax appointment confirmation to (919) 782-6140.</p>
<p style="font-size:9pt; margin-top:120px; border:1px solid #000; padding:8px">CONFIDENTIALITY NOTICE: The documents accompanying this facsimile transmission contain confidential health information that is legally privileged. This information is intended only for the use of the individual or entity named above. If you are not the intended recipient, you are hereby notified that any disclosure, copying, distribution or action taken in reliance on the contents of these documents is strictly prohibited. If you have received this fax in error, please notify the sender immediately at (919) 782-6100 and destroy the documents.</p>
</div>
<div class="p2">
<div style="display:flex; justify-content:space-between; font-size:9.5pt"><span><b>Riverside Internal Medicine</b> &middot; Raleigh, NC</span><span>Page 2 of 2</span></div>
<h2>PHYSICIAN REFERRAL FORM</h2>
<table>
<tr><td class="l">Referral Date</td><td>11/16/2026</td><td class="l">Priority</td><td>Routine</td></tr>
<tr><td class="l">Patient Name</td><td>Tamika Washington</td><td class="l">Date of Birth</td><td>01/27/1990</td></tr>
<tr><td class="l">Sex</td><td>F</td><td class="l">Patient Phone</td><td>(919) 357-4481</td></tr>
<tr><td class="l">Patient Acct #</td><td>RIM-338104</td><td class="l">Address</td><td>906 Oberlin Rd, Raleigh, NC 27605</td></tr>
<tr><td class="l">Insurance Co.</td><td>Anthem Blue Cross</td><td class="l">ID Number</td><td>YRK640219385</td></tr>
<tr><td class="l">Referring Provider</td><td>Daniel Petrosyan, MD</td><td class="l">Provider NPI</td><td>2298621683</td></tr>
<tr><td class="l">Office Phone</td><td>(919) 782-6100</td><td class="l">Office Fax</td><td>(919) 782-6140</td></tr>
<tr><td class="l">Referred to</td><td>Sophie Lindgren, MD</td><td class="l">Specialty</td><td>Dermatology</td></tr>
<tr><td class="l">Specialist Phone</td><td>(919) 544-0280</td><td class="l">Specialist Fax</td><td>(919) 544-0287</td></tr>
<tr><td class="l">Diagnosis / ICD-10</td><td colspan="3">L40.0 Psoriasis vulgaris; L29.9 Pruritus, unspecified</td></tr>
<tr><td class="l">Reason for Referral</td><td colspan="3">Chronic plaque psoriasis involving approximately 12% BSA (elbows, knees, scalp, lower back) with pruritus, inadequate response to clobetasol and calcipotriene. Evaluate for phototherapy or biologic therapy.</td></tr>
<tr><td class="l">Current Meds</td><td colspan="3">Clobetasol 0.05% ointment BID; calcipotriene 0.005% cream; cetirizine 10 mg daily</td></tr>
<tr><td class="l">Allergies</td><td colspan="3">Sulfa (rash)</td></tr>
</table>
<p style="margin-top:22px">Physician signature: <span style="font-family:'Z003',cursive; font-size:16pt">D. Petrosyan</span> &nbsp;&nbsp;&nbsp; Date: 11/16/2026</p>
<p style="font-size:8.5pt; color:#444">Printed on 11/16/2026 14:31 &middot; Riverside Internal Medicine &middot; 3320 Wake Forest Road, Suite 300, Raleigh, NC 27609</p>
</div>
</body></html>"""
add("NL09", "two-page: fax cover sheet + referral form", 2, f, html)

# ---------------------------------------------------------------- NL10
f = dict(patient_last_name="FAROUK", patient_first_name="AHMED", patient_dob="1957-09-15",
         patient_sex="M", patient_phone="6029143307",
         insurance_payer="Banner Medicare Advantage", insurance_member_id="BMA7730519",
         referring_provider="Jennifer Castillo", referring_npi="2637301211",
         referring_phone="6024886200", referring_fax="6024886255",
         referred_to_specialty="nephrology", referred_to_provider="Rajesh Kulkarni",
         diagnosis_codes=["N18.31", "E11.22", "I12.9"],
         reason="CKD stage 3a, eGFR declined from 61 to 52 over 12 months with microalbuminuria (UACR 180 mg/g) in type 2 diabetes and hypertension; recommend nephrology co-management.",
         urgency="routine", referral_date="2026-11-23")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: letter landscape; margin: 0.5in; }}
body {{ font-family: 'URW Bookman', 'Bookman Old Style', serif; font-size: 8.6pt; }}
.top {{ display:flex; justify-content:space-between; align-items:flex-end; border-bottom: 2px solid #333; padding-bottom: 4px; margin-bottom: 8px; }}
table {{ width:100%; border-collapse: collapse; margin-bottom: 10px; }}
th {{ background:#333; color:#fff; font-weight:normal; font-size: 7.8pt; padding: 3px 4px; text-align:left; border:1px solid #333; }}
td {{ border:1px solid #777; padding: 4px; vertical-align: top; }}
</style></head><body>
<div class="top"><div><b style="font-size:14pt">Desert Sky Medical Group</b> &mdash; Referral Worksheet<br>
1455 E McDowell Rd, Phoenix, AZ 85006 &middot; Main 602-488-6000 &middot; Fax 602-488-6099</div>
<div style="text-align:right">Worksheet #DSMG-26-40917<br>Run date 11/24/2026 06:00 &middot; Page 1 of 1</div></div>
<table><tr><th>Ref. Date</th><th>Patient</th><th>DOB</th><th>Sex</th><th>Pt Phone</th><th>Payer</th><th>Member #</th><th>Eligibility</th><th>Priority</th></tr>
<tr><td>11/23/2026</td><td>FAROUK, AHMED</td><td>09/15/1957</td><td>M</td><td>602-914-3307</td><td>Banner Medicare Advantage</td><td>BMA7730519</td><td>Verified 11/23/2026</td><td>Routine</td></tr></table>
<table><tr><th>Referring Prov.</th><th>Ref. NPI</th><th>Ref. Phone</th><th>Ref. Fax</th><th>Refer-To Prov.</th><th>Refer-To NPI</th><th>Refer-To Specialty</th><th>Refer-To Phone</th><th>Refer-To Fax</th></tr>
<tr><td>Jennifer Castillo, MD</td><td>2637301211</td><td>602-488-6200</td><td>602-488-6255</td><td>Rajesh Kulkarni, MD</td><td>2751182595</td><td>Nephrology</td><td>480-633-2100</td><td>480-633-2109</td></tr></table>
<table><tr><th style="width:14%">ICD-10</th><th style="width:26%">Dx Description</th><th>Reason for Referral</th><th style="width:16%">Requested Service</th></tr>
<tr><td>N18.31<br>E11.22<br>I12.9</td><td>Chronic kidney disease, stage 3a<br>Type 2 DM w/ diabetic CKD<br>Hypertensive CKD, stage 1-4/unsp</td>
<td>CKD stage 3a, eGFR declined from 61 to 52 over 12 months with microalbuminuria (UACR 180 mg/g) in type 2 diabetes and hypertension; recommend nephrology co-management.</td>
<td>New patient consult; renal US if indicated</td></tr></table>
<table><tr><th>Labs Attached</th><th>Imaging</th><th>Auth #</th><th>Coordinator</th><th>Notes</th></tr>
<tr><td>BMP 11/18/2026, UACR 11/18/2026, CBC</td><td>None</td><td>Not required</td><td>L. Begay x6231</td><td>Pt prefers Mesa office; Arabic interpreter not needed.</td></tr></table>
<div style="font-size:7.5pt; color:#444">Desert Sky Medical Group &middot; Confidential patient information &middot; Do not re-disclose without authorization.</div>
</body></html>"""
add("NL10", "landscape wide multi-column worksheet table", 1, f, html)

# ---------------------------------------------------------------- write
for doc_id, kind, pages, fields, html in DOCS:
    with open(f"{BASE}/html/{doc_id}.html", "w") as fh:
        fh.write(html)
    truth = {"source": f"{doc_id}.pdf", "pages": pages, "kind": kind, "fields": fields,
             "meta": {"format": "pdf_text"}}
    with open(f"{BASE}/truth/{doc_id}.json", "w") as fh:
        json.dump(truth, fh, indent=2)
print("wrote", len(DOCS))
