"""NV01-NV05 document builders. Each returns dict(html, fields, pages, kind, mode)."""
from common import npi, P, D, page


# ---------------------------------------------------------------- NV01
def nv01():
    """Epic-style ambulatory referral order, cardiology -> cardiac electrophysiology."""
    f = {
        "patient_last_name": "Holloway",
        "patient_first_name": "Dennis",
        "patient_dob": "1961-08-23",
        "patient_sex": "M",
        "patient_phone": "6143382719",
        "patient_mrn": "E4471902",
        "insurance_payer": "Medical Mutual of Ohio",
        "insurance_member_id": "MMO837104552",
        "referring_provider": "Renata Okafor",
        "referring_npi": npi("164382950"),
        "referring_phone": "6147925130",
        "referring_fax": "6147925188",
        "referred_to_specialty": "cardiology",
        "referred_to_provider": "Julian Steadman",
        "diagnosis_codes": ["I48.0", "R00.2"],
        "reason": "Evaluate for catheter ablation of symptomatic paroxysmal atrial fibrillation despite rate control",
        "urgency": "routine",
        "referral_date": "2026-10-14",
    }
    pcp_npi = npi("127490385")
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.hdr { display:flex; justify-content:space-between; border-bottom: 2px solid #000; padding-bottom:4px; }
.hdr .org { font-size: 13pt; font-weight: bold; }
.hdr .right { text-align:right; font-size: 9pt; }
.banner { background:#000; color:#fff; font-weight:bold; padding:3px 6px; margin-top:8px; font-size:11pt; }
.sec { font-weight:bold; border-bottom:1px solid #000; margin-top:10px; font-size:10.5pt; }
table.kv td { padding: 2px 8px 2px 0; vertical-align: top; }
table.kv td.l { color:#000; font-weight:bold; width: 1.55in; }
table.grid { width:100%; margin-top:4px; }
table.grid th, table.grid td { border:1px solid #000; padding:3px 5px; text-align:left; font-size:9.5pt; }
.foot { position: fixed; bottom: 0; left:0; right:0; font-size:8pt; border-top:1px solid #000; padding-top:2px; display:flex; justify-content:space-between; }
.pt { display:flex; gap: 30px; margin-top:6px; }
"""
    body = f"""
<div class="hdr">
  <div><div class="org">Lakeshore Heart &amp; Vascular Associates</div>
  <div>2250 Olentangy River Rd, Suite 410, Columbus, OH 43210</div>
  <div>Main: {P('6147925100')} &nbsp; Fax: {P('6147925188')}</div></div>
  <div class="right">HOLLOWAY, DENNIS R<br>MRN: {f['patient_mrn']}<br>DOB: {D(f['patient_dob'])}, Sex: Male<br>Enc. Date: {D('2026-10-13')}</div>
</div>
<div class="banner">Referral to Cardiac Electrophysiology [REF1044]</div>
<table class="kv" style="margin-top:6px">
<tr><td class="l">Order #</td><td>771620345</td><td class="l">Status</td><td>Signed</td></tr>
<tr><td class="l">Ordered on</td><td>{D(f['referral_date'])} 11:42 AM</td><td class="l">Priority</td><td>Routine</td></tr>
<tr><td class="l">Referral ID</td><td>RF-2026-0093314</td><td class="l">Class</td><td>External Referral</td></tr>
</table>

<div class="sec">Patient Information</div>
<table class="kv">
<tr><td class="l">Name</td><td>Holloway, Dennis R</td><td class="l">Legal Sex</td><td>Male</td></tr>
<tr><td class="l">Date of Birth</td><td>{D(f['patient_dob'])} (65 y.o.)</td><td class="l">MRN</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Home Phone</td><td>{P(f['patient_phone'])}</td><td class="l">Mobile</td><td>{P('6144170263')} (spouse)</td></tr>
<tr><td class="l">Address</td><td colspan="3">418 Kenbrook Dr, Worthington, OH 43085</td></tr>
</table>

<div class="sec">Coverage</div>
<table class="kv">
<tr><td class="l">Payer</td><td>{f['insurance_payer']}</td><td class="l">Plan</td><td>SuperMed PPO</td></tr>
<tr><td class="l">Subscriber ID</td><td>{f['insurance_member_id']}</td><td class="l">Group Number</td><td>00482170</td></tr>
</table>

<div class="sec">Referral Details</div>
<table class="kv">
<tr><td class="l">Referred By</td><td>Renata K. Okafor, MD &mdash; Cardiology<br>NPI: {f['referring_npi']}<br>Phone: {P(f['referring_phone'])} &nbsp; Fax: {P(f['referring_fax'])}</td></tr>
<tr><td class="l">Referred To</td><td>Julian Steadman, MD &mdash; Cardiac Electrophysiology<br>Ohio Valley Arrhythmia Center<br>Phone: {P('6142960415')} &nbsp; Fax: {P('6142960477')}</td></tr>
<tr><td class="l">Department</td><td>Cardiology &ndash; Electrophysiology</td></tr>
<tr><td class="l">PCP</td><td>Thomas Beale, DO (NPI {pcp_npi})</td></tr>
<tr><td class="l">Visits Requested</td><td>1 &nbsp;&nbsp; <b>Expires:</b> {D('2027-04-14')}</td></tr>
</table>

<div class="sec">Diagnoses</div>
<table class="grid">
<tr><th style="width:1in">Code</th><th>Description</th><th style="width:0.9in">Primary</th></tr>
<tr><td>I48.0</td><td>Paroxysmal atrial fibrillation</td><td>Yes</td></tr>
<tr><td>R00.2</td><td>Palpitations</td><td></td></tr>
</table>

<div class="sec">Reason for Referral</div>
<p style="margin:4px 0">{f['reason']}</p>
<div class="sec">Comments</div>
<p style="margin:4px 0">Three ED visits since June for AF with RVR. On metoprolol succinate 100 mg daily and apixaban 5 mg BID. Echo 09/2026: LVEF 55%, LA mildly dilated. Holter and echo report to follow via Care Everywhere.</p>

<p style="margin-top:14px">Electronically signed by Renata K. Okafor, MD on {D(f['referral_date'])} at 11:47 AM</p>
<div class="foot"><span>Printed by: TRB4412 on {D('2026-10-15')} 8:03 AM</span><span>Lakeshore Heart &amp; Vascular Associates</span><span>Page 1 of 1</span></div>
"""
    return dict(html=page("NV01", css, body), fields=f, pages=1,
                kind="epic_style_referral_order_cardio_to_ep", mode="fine")


# ---------------------------------------------------------------- NV02
def nv02():
    """Cerner/Oracle-Health-style referral requisition, GI, DD-Mon-YYYY dates."""
    f = {
        "patient_last_name": "Parks-Elliott",
        "patient_first_name": "Shonda",
        "patient_dob": "1979-04-02",
        "patient_sex": "F",
        "patient_phone": "5024418376",
        "patient_mrn": "000729814",
        "insurance_payer": "Anthem Blue Cross and Blue Shield",
        "insurance_member_id": "YRK604392817",
        "referring_provider": "Gregory Tanaka",
        "referring_npi": npi("190355821"),
        "referring_phone": "5028953300",
        "referring_fax": "5028953346",
        "referred_to_specialty": "gastroenterology",
        "referred_to_provider": "Miriam Obuya",
        "diagnosis_codes": ["R13.10", "K21.9"],
        "reason": "Progressive solid-food dysphagia with weight loss; EGD requested",
        "urgency": "urgent",
        "referral_date": "2026-11-05",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
.top { text-align:center; border:2px solid #000; padding:4px; }
.top .t1 { font-size:14pt; font-weight:bold; letter-spacing:1px; }
.box { border:1px solid #000; margin-top:8px; }
.box .bh { background:#ccc; font-weight:bold; padding:2px 6px; border-bottom:1px solid #000; }
table.f { width:100%; }
table.f td { padding:3px 6px; vertical-align:top; }
table.f td.l { width:1.6in; font-weight:bold; }
.small { font-size:9pt; }
.foot { margin-top:14px; border-top:1px dashed #000; font-size:9pt; padding-top:3px; }
"""
    body = f"""
<div class="top"><div class="t1">REFERRAL ORDER REQUISITION</div>
<div>Norton Crossing Medical Group &ndash; Internal Medicine &bull; 4001 Dutchmans Ln, Louisville, KY 40207</div>
<div>Clinic Phone {P('5028953300','dash')} &bull; Clinic Fax {P('5028953346','dash')}</div></div>

<table class="f small" style="margin-top:4px"><tr>
<td><b>Order ID:</b> 3390186621</td><td><b>Requested Start Date/Time:</b> {D(f['referral_date'],'cerner')} 09:15 EST</td><td style="text-align:right"><b>Order Status:</b> Ordered</td></tr></table>

<div class="box"><div class="bh">PERSON INFORMATION</div>
<table class="f">
<tr><td class="l">Person Name:</td><td>PARKS-ELLIOTT, SHONDA L</td><td class="l">MRN:</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Birth Date:</td><td>{D(f['patient_dob'],'cerner')}</td><td class="l">FIN:</td><td>51188204173</td></tr>
<tr><td class="l">Administrative Sex:</td><td>Female</td><td class="l">Language:</td><td>English</td></tr>
<tr><td class="l">Contact Phone:</td><td>{P(f['patient_phone'],'dash')} (Cell)</td><td class="l">Emergency Contact:</td><td>Darnell Elliott (Husband) {P('5027730194','dash')}</td></tr>
</table></div>

<div class="box"><div class="bh">HEALTH PLAN</div>
<table class="f">
<tr><td class="l">Health Plan:</td><td>{f['insurance_payer']}</td><td class="l">Plan Type:</td><td>Commercial HMO</td></tr>
<tr><td class="l">Subscriber ID:</td><td>{f['insurance_member_id']}</td><td class="l">Group Nbr:</td><td>174209M016</td></tr>
</table></div>

<div class="box"><div class="bh">ORDER DETAILS</div>
<table class="f">
<tr><td class="l">Referral To Service:</td><td>Gastroenterology</td><td class="l">Order Priority:</td><td><b>Urgent</b></td></tr>
<tr><td class="l">Refer To Provider:</td><td>Obuya, Miriam A. MD</td><td class="l">Refer To Location:</td><td>Bluegrass Digestive Health, Louisville KY<br>Ph {P('5024569020','dash')} / Fx {P('5024569031','dash')}</td></tr>
<tr><td class="l">Requesting Physician:</td><td>Tanaka, Gregory S. MD</td><td class="l">Requesting NPI:</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Diagnosis (ICD-10-CM):</td><td colspan="3">R13.10 &ndash; Dysphagia, unspecified<br>K21.9 &ndash; Gastro-esophageal reflux disease without esophagitis</td></tr>
<tr><td class="l">Reason For Referral:</td><td colspan="3">{f['reason']}</td></tr>
<tr><td class="l">Special Instructions:</td><td colspan="3">12 lb weight loss over 3 months. Failed 8 weeks PPI BID. Please call patient directly to schedule.</td></tr>
</table></div>

<p class="small" style="margin-top:10px">Electronically Signed: Tanaka, Gregory S. MD &nbsp; {D(f['referral_date'],'cerner')} 09:22 EST<br>
Entered By: Hutchins, Kayla MA &nbsp; {D(f['referral_date'],'cerner')} 09:11 EST</p>
<div class="foot">Report Request ID: 884120397 &nbsp;&nbsp; Print Date/Time: {D('2026-11-06','cerner')} 07:58 EST &nbsp;&nbsp; Page 1 of 1 &nbsp;&nbsp; CONFIDENTIAL</div>
"""
    return dict(html=page("NV02", css, body), fields=f, pages=1,
                kind="cerner_style_referral_requisition_gi", mode="standard")


# ---------------------------------------------------------------- NV03
def nv03():
    """Fax cover sheet + athena-style outgoing referral to medical oncology."""
    f = {
        "patient_last_name": "Vandermeer",
        "patient_first_name": "Colleen",
        "patient_dob": "1968-01-09",
        "patient_sex": "F",
        "patient_phone": "6162847713",
        "patient_mrn": "88214",
        "insurance_payer": "Priority Health",
        "insurance_member_id": "PH7730158201",
        "referring_provider": "Anders Lindgren",
        "referring_npi": npi("145820736"),
        "referring_phone": "6163924480",
        "referring_fax": "6163924491",
        "referred_to_specialty": "oncology",
        "referred_to_provider": "Sabine Marchetti",
        "diagnosis_codes": ["C50.911", "Z80.3"],
        "reason": "Newly diagnosed right breast invasive ductal carcinoma, ER/PR positive, HER2 negative. Please evaluate and establish care with medical oncology.",
        "urgency": "urgent",
        "referral_date": "2026-10-27",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
.fax h1 { font-size: 40pt; margin: 0 0 4px 0; letter-spacing: 4px; }
.fax table { width:100%; margin-top:12px; font-size:12pt; }
.fax td { border-bottom:1px solid #000; padding:7px 4px; }
.fax td.l { width:1.3in; font-weight:bold; }
.conf { border:2px solid #000; padding:8px; margin-top:28px; font-size:9.5pt; }
.ath .bar { border-bottom:3px solid #000; display:flex; justify-content:space-between; align-items:flex-end; padding-bottom:4px; }
.ath h2 { margin:0; font-size:15pt; }
.ath .lbl { font-size:8pt; text-transform:uppercase; color:#000; letter-spacing:0.5px; }
.ath .val { font-size:10.5pt; margin-bottom:6px; }
.cols { display:grid; grid-template-columns: 1fr 1fr 1fr; gap: 2px 18px; margin-top:8px; }
.h3 { font-weight:bold; font-size:11pt; margin-top:12px; border-bottom:1px solid #000; }
.foot { position:fixed; bottom:0; left:0; right:0; font-size:8pt; text-align:center; }
"""
    body = f"""
<div class="fax">
<div style="display:flex; justify-content:space-between">
<div><b style="font-size:14pt">Brookfield Family Medicine</b><br>1120 Leonard St NW<br>Grand Rapids, MI 49504<br>Tel {P('6163924480','dot')} &bull; Fax {P('6163924491','dot')}</div>
<div style="text-align:right">{D('2026-10-27','abbr')}<br>2:36 PM</div></div>
<hr>
<h1>FAX</h1>
<table>
<tr><td class="l">To:</td><td>New Patient Intake &ndash; Lakeview Regional Cancer Center</td></tr>
<tr><td class="l">Fax:</td><td>{P('6163917702','dot')}</td></tr>
<tr><td class="l">Phone:</td><td>{P('6163917700','dot')}</td></tr>
<tr><td class="l">From:</td><td>Jolene Pruitt, Referral Coordinator</td></tr>
<tr><td class="l">Direct line:</td><td>{P('6163924486','dot')}</td></tr>
<tr><td class="l">Pages:</td><td>2 (including cover)</td></tr>
<tr><td class="l">Re:</td><td>URGENT new oncology referral &ndash; C. Vandermeer</td></tr>
</table>
<p style="margin-top:18px; font-size:12pt">&#9746; Urgent &nbsp;&nbsp; &#9744; For Review &nbsp;&nbsp; &#9744; Please Comment &nbsp;&nbsp; &#9746; Please Reply</p>
<p>Pathology and mammogram reports are available in the shared portal. Please call our office with the appointment date so we can notify the patient.</p>
<div class="conf"><b>CONFIDENTIALITY NOTICE:</b> This facsimile contains protected health information that is privileged and confidential under federal and state law. If you are not the intended recipient, any review, dissemination or copying is strictly prohibited. If you received this fax in error, please notify the sender immediately at {P('6163924480','dot')} and destroy all copies.</div>
</div>

<div class="ath pb">
<div class="bar"><div><div style="font-size:9pt">Brookfield Family Medicine</div><h2>Outgoing Referral</h2></div>
<div style="text-align:right; font-size:9pt">Referral created {D(f['referral_date'],'long')}<br>Order ID #4407215</div></div>

<div class="h3">Patient</div>
<div class="cols">
<div><div class="lbl">Patient Name</div><div class="val">Colleen M. Vandermeer</div></div>
<div><div class="lbl">Date of Birth</div><div class="val">{D(f['patient_dob'],'long')} (58yo)</div></div>
<div><div class="lbl">Gender</div><div class="val">Female</div></div>
<div><div class="lbl">Patient ID</div><div class="val">{f['patient_mrn']}</div></div>
<div><div class="lbl">Mobile Phone</div><div class="val">{P(f['patient_phone'],'paren')}</div></div>
<div><div class="lbl">Work Phone</div><div class="val">{P('6164531200','paren')} x214</div></div>
</div>
<div class="cols">
<div><div class="lbl">Primary Insurance</div><div class="val">{f['insurance_payer']}</div></div>
<div><div class="lbl">Insurance ID #</div><div class="val">{f['insurance_member_id']}</div></div>
<div><div class="lbl">Policy Holder</div><div class="val">Self</div></div>
</div>

<div class="h3">Referral</div>
<div class="cols">
<div><div class="lbl">Referring Provider</div><div class="val">Anders Lindgren, MD</div></div>
<div><div class="lbl">Referring Provider NPI</div><div class="val">{f['referring_npi']}</div></div>
<div><div class="lbl">Referring Office Phone / Fax</div><div class="val">{P(f['referring_phone'],'paren')} / {P(f['referring_fax'],'paren')}</div></div>
<div><div class="lbl">Refer To</div><div class="val">Sabine Marchetti, MD</div></div>
<div><div class="lbl">Specialty</div><div class="val">Hematology/Oncology &ndash; Medical Oncology</div></div>
<div><div class="lbl">Priority</div><div class="val"><b>Urgent</b></div></div>
</div>

<div class="h3">Diagnoses</div>
<p style="margin:4px 0">1. Malignant neoplasm of unspecified site of right female breast &mdash; <b>C50.911</b><br>
2. Family history of malignant neoplasm of breast &mdash; <b>Z80.3</b></p>

<div class="h3">Reason for Referral</div>
<p style="margin:4px 0">{f['reason']}</p>
<div class="h3">Notes</div>
<p style="margin:4px 0">US-guided core biopsy 10/22/2026 (1.8 cm mass, 10 o'clock). Surgical consult with Dr. Ruth Kaminski (breast surgery) scheduled separately. Patient aware of diagnosis.</p>
<p style="margin-top:14px">Signed electronically by Anders Lindgren, MD</p>
</div>
<div class="foot">Brookfield Family Medicine &bull; CONFIDENTIAL &bull; Pt: Vandermeer, Colleen &bull; printed {D('2026-10-27','us')}</div>
"""
    return dict(html=page("NV03", css, body), fields=f, pages=2,
                kind="fax_cover_plus_athena_style_referral_oncology", mode="fine")


# ---------------------------------------------------------------- NV04
def nv04():
    """eClinicalWorks-style outgoing referral to OB/GYN + insurance card copy page."""
    f = {
        "patient_last_name": "Nguyen",
        "patient_first_name": "Thao",
        "patient_dob": "1987-06-30",
        "patient_sex": "F",
        "patient_phone": "7135526048",
        "patient_mrn": "103948",
        "insurance_payer": "Cigna",
        "insurance_member_id": "U7182930401",
        "referring_provider": "Marisol Ybarra",
        "referring_npi": npi("218734509"),
        "referring_phone": "7137841920",
        "referring_fax": "7137841927",
        "referred_to_specialty": "obgyn",
        "referred_to_provider": "Leticia Haverford",
        "diagnosis_codes": ["N92.0", "D25.9"],
        "reason": "Heavy menstrual bleeding with fibroid uterus on pelvic ultrasound; evaluate for management options",
        "urgency": "routine",
        "referral_date": "2026-10-20",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; }
.title { text-align:center; font-size:15pt; font-weight:bold; margin:4px 0 8px 0; }
table.e { width:100%; }
table.e td { border:1px solid #000; padding:4px 6px; vertical-align:top; }
table.e td.l { font-weight:bold; width:1.45in; background:#ddd; }
.card { border:2px solid #000; border-radius:12px; width:4.6in; height:2.8in; padding:10px 14px; margin: 10px auto; font-size:10.5pt; position:relative; }
.card .logo { font-size:20pt; font-weight:bold; }
.foot { font-size:9pt; display:flex; justify-content:space-between; }
"""
    mid_print = "U71829304 01"
    body = f"""
<div class="sheet">
<div style="display:flex; justify-content:space-between; font-size:10pt">
<div><b style="font-size:13pt">Westchase Family &amp; Internal Medicine, PLLC</b><br>10565 Westheimer Rd Ste 200, Houston, TX 77042<br>Ph: {P('7137841920')} &nbsp; Fax: {P('7137841927')}</div>
<div style="text-align:right">Date: {D('2026-10-21')}</div></div>
<div class="title">Referral &ndash; Outgoing</div>
<table class="e">
<tr><td class="l">Patient Name:</td><td>Nguyen, Thao</td><td class="l">Acct No:</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">DOB:</td><td>{D(f['patient_dob'])}</td><td class="l">Sex:</td><td>F</td></tr>
<tr><td class="l">Tel:</td><td>{P(f['patient_phone'])}</td><td class="l">Address:</td><td>7714 Bellfort Ave Apt 12, Houston, TX 77061</td></tr>
<tr><td class="l">Insurance:</td><td>{f['insurance_payer']} (Open Access Plus)</td><td class="l">Subscriber No:</td><td>{mid_print}</td></tr>
<tr><td class="l">Referral Date:</td><td>{D(f['referral_date'])}</td><td class="l">Auth #:</td><td>Not required</td></tr>
<tr><td class="l">Referral From:</td><td>Ybarra, Marisol, MD<br>NPI: {f['referring_npi']}</td><td class="l">Referral To:</td><td>Haverford, Leticia, MD<br>Bellaire Women's Health Specialists<br>Ph: {P('7136654210')} Fax: {P('7136654219')}</td></tr>
<tr><td class="l">Speciality:</td><td>Obstetrics &amp; Gynecology</td><td class="l">Priority:</td><td>Routine</td></tr>
<tr><td class="l">Visits:</td><td>3</td><td class="l">Start / End Date:</td><td>{D('2026-10-20')} &ndash; {D('2027-01-20')}</td></tr>
<tr><td class="l">Diagnosis:</td><td colspan="3">N92.0 Excessive and frequent menstruation with regular cycle<br>D25.9 Leiomyoma of uterus, unspecified</td></tr>
<tr><td class="l">Reason:</td><td colspan="3">{f['reason']}</td></tr>
<tr><td class="l">Notes:</td><td colspan="3">Hgb 10.1 on 10/14/2026, started on ferrous sulfate. US 10/17/2026: 4.2 cm intramural fibroid. G2P2. Pt prefers Vietnamese-speaking staff if available; daughter (Kim) may help: {P('7134098825')}.</td></tr>
</table>
<p style="margin-top:14px">Provider signature: <i>Marisol Ybarra, MD</i> &nbsp;&nbsp; (electronically signed)</p>

<div class="foot pfoot"><span>eCW referral print &ndash; Westchase Family &amp; Internal Medicine</span><span>Page 1 of 2</span></div>
</div>
<div class="sheet">
<div style="font-size:11pt; font-weight:bold">Insurance Card (copy) &ndash; Nguyen, Thao &ndash; scanned {D('2026-03-02')}</div>
<div class="card">
<div class="logo">Cigna</div><div style="position:absolute; right:14px; top:14px; font-weight:bold">Open Access Plus</div>
<div style="margin-top:10px">Name: THAO NGUYEN</div>
<div>ID: {mid_print}</div>
<div>Group: 3341876</div>
<div>Issuer: (80840)</div>
<div style="margin-top:8px">PCP Visit $25 &nbsp; Specialist $50 &nbsp; ER $300</div>
<div style="margin-top:6px">Rx BIN 017010 &nbsp; Rx PCN 02IRSA &nbsp; Rx Grp CIHINT</div>
</div>
<div class="card">
<div style="font-weight:bold">Member Services: {P('8002446224','dash')}</div>
<div>Provider Services / Precertification: {P('8008820446','dash')}</div>
<div>Behavioral Health: {P('8008677642','dash')}</div>
<div style="margin-top:10px; font-size:9.5pt">Medical claims: Cigna, PO Box 188061, Chattanooga, TN 37422-8061<br>Payer ID 62308<br>This card does not guarantee coverage. Present this card at the time of service.</div>
</div>
<div class="foot pfoot"><span>eCW referral print &ndash; Westchase Family &amp; Internal Medicine</span><span>Page 2 of 2</span></div>
</div>
"""
    return dict(html=page("NV04", css, body), fields=f, pages=2,
                kind="ecw_style_referral_obgyn_plus_insurance_card", mode="standard")


# ---------------------------------------------------------------- NV05
def nv05():
    """Independent practice typed paper referral form, orthopedics."""
    f = {
        "patient_last_name": "Brannigan",
        "patient_first_name": "Walter",
        "patient_dob": "1954-11-03",
        "patient_sex": "M",
        "patient_phone": "4143307652",
        "patient_mrn": "MG-20417",
        "insurance_payer": "Humana Medicare Advantage",
        "insurance_member_id": "H48291736",
        "referring_provider": "Katherine Lutz",
        "referring_npi": npi("133097462"),
        "referring_phone": "2627849015",
        "referring_fax": "2627849016",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Oliver Drummond",
        "diagnosis_codes": ["M17.11", "M25.561"],
        "reason": "Right knee OA, failed PT and steroid injection x2, consider TKA",
        "urgency": "routine",
        "referral_date": "2026-10-09",
    }
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; }
.hd { text-align:center; }
.hd .n { font-size:17pt; font-weight:bold; letter-spacing:1px; }
.frm { border:2px solid #000; margin-top:10px; padding:8px 10px; }
.row { display:flex; gap:12px; margin:7px 0; align-items:flex-end; }
.lab { white-space:nowrap; font-size:10pt; }
.ln { flex:1; border-bottom:1px solid #000; font-family:'Liberation Mono', 'Courier New', monospace; font-size:10.5pt; padding-left:4px; min-height:16px; }
.sq { display:inline-block; width:11px; height:11px; border:1px solid #000; margin-right:3px; text-align:center; line-height:10px; font-size:10px; font-family:'Liberation Mono',monospace; }
.sect { font-weight:bold; font-size:10.5pt; margin-top:10px; text-decoration:underline; }
.foot { margin-top:16px; font-size:8.5pt; text-align:center; }
"""
    X = '<span class="sq">X</span>'
    O = '<span class="sq">&nbsp;</span>'
    body = f"""
<div class="hd"><div class="n">MAPLE GROVE INTERNAL MEDICINE</div>
<div>Katherine Lutz, M.D. &nbsp;&bull;&nbsp; Samuel Oyelaran, M.D. &nbsp;&bull;&nbsp; Beth Carrow, PA-C</div>
<div>W156 N11500 Pilgrim Rd, Germantown, WI 53022 &nbsp;&bull;&nbsp; Tel {P('2627849015','dash')} &nbsp;&bull;&nbsp; Fax {P('2627849016','dash')}</div>
<div style="font-size:14pt; font-weight:bold; margin-top:8px">SPECIALIST REFERRAL FORM</div></div>

<div class="frm">
<div class="row"><span class="lab">Date:</span><span class="ln" style="flex:0 0 1.4in">{D(f['referral_date'],'us_short')}</span>
<span class="lab">Urgency:</span><span>{X}Routine &nbsp; {O}Urgent (within 1 wk) &nbsp; {O}Emergent</span></div>

<div class="sect">PATIENT</div>
<div class="row"><span class="lab">Pt. Name (Last, First):</span><span class="ln">BRANNIGAN, WALTER J.</span><span class="lab">Chart #:</span><span class="ln" style="flex:0 0 1.2in">{f['patient_mrn']}</span></div>
<div class="row"><span class="lab">D.O.B.:</span><span class="ln">{D(f['patient_dob'],'us_short')}</span><span class="lab">Sex:</span><span>{X}M {O}F</span><span class="lab">Tel:</span><span class="ln">{P(f['patient_phone'],'dash')}</span></div>
<div class="row"><span class="lab">Address:</span><span class="ln">N88 W16712 Main St, Menomonee Falls, WI 53051</span></div>
<div class="row"><span class="lab">Ins. Co.:</span><span class="ln">{f['insurance_payer']}</span><span class="lab">Policy #:</span><span class="ln">{f['insurance_member_id']}</span><span class="lab">Group #:</span><span class="ln" style="flex:0 0 1in">Y0040</span></div>
<div class="row"><span class="lab">Emergency contact:</span><span class="ln">Patricia Brannigan (wife) {P('4143307640','dash')}</span></div>

<div class="sect">REFERRING PHYSICIAN</div>
<div class="row"><span class="lab">Referring M.D.:</span><span class="ln">Katherine Lutz, M.D.</span><span class="lab">NPI:</span><span class="ln" style="flex:0 0 1.4in">{f['referring_npi']}</span></div>
<div class="row"><span class="lab">Office Ph:</span><span class="ln">{P(f['referring_phone'],'dash')}</span><span class="lab">Office Fax:</span><span class="ln">{P(f['referring_fax'],'dash')}</span></div>

<div class="sect">REFERRED TO</div>
<div class="row"><span class="lab">Referred to Dr.:</span><span class="ln">Oliver Drummond, M.D.</span><span class="lab">Specialty:</span><span class="ln">Orthopedic Surgery</span></div>
<div class="row"><span class="lab">Practice / Phone / Fax:</span><span class="ln">Lakeland Bone &amp; Joint, {P('2623672200','dash')} / fax {P('2623672215','dash')}</span></div>

<div class="sect">CLINICAL</div>
<div class="row"><span class="lab">Dx / ICD-10:</span><span class="ln">M17.11 &nbsp;Primary OA, right knee; &nbsp;M25.561 &nbsp;Pain in right knee</span></div>
<div class="row"><span class="lab">Reason for referral:</span><span class="ln">{f['reason']}</span></div>
<div class="row"><span class="lab">Pertinent hx / meds:</span><span class="ln">XR 9/2026 severe medial joint space narrowing. DM2 (A1c 6.9). Meloxicam 15 mg.</span></div>
<div class="row"><span class="lab">Enclosed:</span><span>{X}Office note {X}X-ray report {O}Labs {O}MRI</span></div>
<div class="row" style="margin-top:16px"><span class="lab">Physician signature:</span><span class="ln" style="font-family:'Z003',cursive; font-size:14pt">Katherine Lutz</span><span class="lab">Date:</span><span class="ln" style="flex:0 0 1.3in">{D(f['referral_date'],'us_short')}</span></div>
</div>
<div class="foot">Form MGIM-REF rev. 03/2019 &nbsp;&nbsp; Please fax consult notes to {P('2627849016','dash')} &nbsp;&nbsp; Page 1 of 1</div>
"""
    return dict(html=page("NV05", css, body), fields=f, pages=1,
                kind="independent_practice_typed_paper_form_ortho", mode="fine")
