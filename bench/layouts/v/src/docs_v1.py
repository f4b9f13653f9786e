"""NI01-NI05 document builders. Each returns dict(html, fields, pages, kind, mode, fax[, skew, dropouts]).

Theme of set V: printouts from large health-system EHRs and practice-management systems (generic vendor looks,
no real product names): dense 8-9 pt print, several label:value columns per row, a patient banner repeated on
every page, print footers (date / user / page x of y), order-detail tables, CSN/FIN/account numbers next to
the MRN, several providers of which only one is the referring provider, diagnosis tables, coverage tables.
"""
from common import npi, P, D, page, esc
from vhelp import kvgrid, dtable, sheet


# ====================================================================== NI01
def ni01():
    """Large-EHR 'Ambulatory Referral' order printout (Minneapolis internal medicine -> cardiology): grey patient
    banner with MRN/CSN/PCP/allergies on both pages, order header, three-column label:value detail grid,
    separate Referral reason / Clinical indication / Comments fields; page 2 is the encounter summary
    (problem list with ICD codes, meds, ECG, other providers' phones)."""
    f = {
        "patient_last_name": "Lindqvist",
        "patient_first_name": "Dale",
        "patient_dob": "1956-03-22",
        "patient_sex": "M",
        "patient_phone": "6127304418",
        "patient_mrn": "40271983",
        "insurance_payer": "Medica",
        "insurance_member_id": "MC0048821907",
        "referring_provider": "Hollis Brandt",
        "referring_npi": npi("158204417"),
        "referring_phone": "6129257700",
        "referring_fax": "6129257719",
        "referred_to_specialty": "cardiology",
        "referred_to_provider": "Priya Raman",
        "diagnosis_codes": ["I48.91", "R00.2", "I10"],
        "reason": "New onset atrial fibrillation found on ECG, rate controlled on metoprolol. Please evaluate for "
                  "anticoagulation and rhythm control strategy.",
        "urgency": "routine",
        "referral_date": "2026-03-02",
    }
    pcp_npi = npi("132905561")
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; line-height: 1.25; }
.ban { border: 1.5px solid #000; background: #e8e8e8; padding: 3px 6px; display: grid;
       grid-template-columns: 2.1in 1fr 1fr 1fr; column-gap: 8px; }
.ban .nm { font-size: 12pt; font-weight: bold; grid-row: span 2; }
.ban .nm small { display:block; font-size: 8pt; font-weight: normal; }
.ban div { font-size: 8pt; }
.org { display:flex; justify-content:space-between; font-size:8pt; margin: 5px 0 3px 0; }
.org b { font-size: 10pt; }
h1 { font-size: 11pt; margin: 6px 0 2px 0; border-bottom: 2px solid #000; padding-bottom: 1px; }
h2 { font-size: 9pt; margin: 7px 0 2px 0; border-bottom: 1px solid #000; }
table.kv { width: 100%; table-layout: fixed; }
table.kv td { padding: 1px 3px; vertical-align: top; }
table.kv td.l { width: 1.05in; color: #000; font-weight: bold; font-size: 7.8pt; }
table.dt { width: 100%; }
table.dt th { text-align: left; font-size: 7.8pt; border-bottom: 1px solid #000; padding: 1px 3px; }
table.dt td { padding: 1px 3px; border-bottom: 1px dotted #777; vertical-align: top; }
.txt { padding: 1px 3px 2px 3px; }
.lbl { font-weight: bold; font-size: 7.8pt; padding: 2px 3px 0 3px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; border-top:1px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
"""
    ban = f"""<div class="ban"><div class="nm">Lindqvist, Dale A<small>Male, 69 y.o., {D(f['patient_dob'], 'us_short')}</small></div>
<div>MRN: <b>{f['patient_mrn']}</b></div><div>CSN: 3018842276</div><div>PCP: Anika Sorensen, NP</div>
<div>Allergies: Sulfa Antibiotics</div><div>Coverage: MEDICA</div><div>Code: Full (presumed)</div></div>"""
    org = f"""<div class="org"><div><b>Northfield Lakes Internal Medicine</b><br>2850 Nicollet Ave S, Minneapolis MN 55408</div>
<div style="text-align:right">Phone {P(f['referring_phone'])}<br>Fax {P(f['referring_fax'])}</div></div>"""

    def foot(n):
        return (f'<div class="ft"><span>Printed by KMOE at {D("2026-03-03", "us_short")} 10:14 AM</span>'
                f'<span>Lindqvist, Dale A (MRN {f["patient_mrn"]})</span><span>Page {n} of 2</span></div>')

    p1 = ban + org + f"""
<h1>Ambulatory Referral to Cardiology [REF34] &nbsp; <span style="font-weight:normal;font-size:9pt">Order # 621904733</span></h1>
{kvgrid([
    [("Status", "Signed"), ("Ordered on", D(f['referral_date'], 'us_short') + " 3:47 PM"), ("Class", "External Referral")],
    [("Priority", "Routine"), ("Referral #", "8841267"), ("Expires", D('2026-09-02', 'us_short'))],
    [("Referral type", "Consult, Eval and Treat"), ("# visits", "4"), ("Encounter #", "118830471")],
])}
<h2>Providers</h2>
{kvgrid([
    [("Referring provider", "Brandt, Hollis MD"), ("Referring NPI", f['referring_npi']), ("Ref. prov. dept", "NLIM Internal Med")],
    [("Authorizing prov.", "Brandt, Hollis MD"), ("Ordering user", "Moe, Kayla RN"), ("Entered", D('2026-03-02', 'us_short') + " 3:41 PM")],
    [("PCP (general)", "Sorensen, Anika NP"), ("PCP NPI", pcp_npi), ("PCP phone", P('6129257731'))],
    [("Refer to provider", "Raman, Priya MD"), ("Refer to dept", "Lakeshore Heart Institute - EP Clinic"), ("Refer to spec.", "Cardiology")],
    [("Dept phone", P('6128713400')), ("Dept fax", P('6128713488')), ("Dept address", "800 E 28th St, Mpls MN 55407")],
])}
<h2>Diagnoses associated with this order</h2>
{dtable(["#", "Code", "Description", "Assoc."], [
    ["1", "I48.91", "Unspecified atrial fibrillation", "Primary"],
    ["2", "R00.2", "Palpitations", ""],
    ["3", "I10", "Essential (primary) hypertension", ""],
], widths=["0.3in", "0.8in", "4.2in", "1in"])}
<h2>Referral details</h2>
<div class="lbl">Referral reason:</div><div class="txt">{esc(f['reason'])}</div>
<div class="lbl">Clinical indication:</div><div class="txt">Palpitations x 3 weeks; irregularly irregular rhythm on exam {D('2026-02-26', 'us_short')}.</div>
<div class="lbl">Comments:</div><div class="txt">Patient hard of hearing - please call daughter (Karin Lindqvist-Berg {P('6128851203')}) to schedule. Prefers mornings.</div>
<h2>Patient demographics</h2>
{kvgrid([
    [("Legal name", "Lindqvist, Dale Arthur"), ("Sex", "Male"), ("DOB", D(f['patient_dob'], 'us'))],
    [("Home phone", P(f['patient_phone'])), ("Work phone", "None"), ("Preferred lang.", "English")],
    [("Address", "4117 Xerxes Ave S, Minneapolis MN 55410", 2), ("Emergency contact", "Karin Lindqvist-Berg (Daughter)")],
])}
<h2>Coverage</h2>
{dtable(["Rank", "Payer", "Plan", "Subscriber ID", "Group", "Subscriber", "Effective"], [
    ["1", f['insurance_payer'], "Medica Choice Passport", f['insurance_member_id'], "G-30417", "Self", D('2025-01-01', 'us_short')],
])}
<h2>Authorization</h2>
{kvgrid([
    [("Auth status", "Not required"), ("Auth #", "-"), ("Visits approved", "4")],
])}
<div style="margin-top:8px">Electronically signed by Hollis Brandt, MD on {D(f['referral_date'], 'us_short')} at 3:52 PM</div>
{foot(1)}"""
    p2 = ban + f"""
<h1>Encounter Summary (continued) &nbsp; <span style="font-weight:normal;font-size:9pt">Office Visit {D('2026-02-26', 'us_short')} - Brandt, Hollis MD</span></h1>
{kvgrid([
    [("Encounter #", "118830471"), ("Visit type", "Follow-up 30"), ("Dept", "NLIM Internal Med")],
    [("BP", "148/92"), ("Pulse", "112 (irregular)"), ("SpO2", "97%")],
    [("Weight", "96.2 kg"), ("BMI", "29.8"), ("Temp", "36.7 C")],
])}
<h2>Active Problem List</h2>
{dtable(["Problem", "Code", "Noted", "Last reviewed"], [
    ["Atrial fibrillation, new", "I48.91", D('2026-02-26', 'us_short'), D('2026-02-26', 'us_short')],
    ["Hypertension", "I10", D('2014-06-11', 'us_short'), D('2026-02-26', 'us_short')],
    ["Hyperlipidemia", "E78.5", D('2015-09-03', 'us_short'), D('2025-10-14', 'us_short')],
    ["Obstructive sleep apnea", "G47.33", D('2019-01-22', 'us_short'), D('2025-10-14', 'us_short')],
    ["Prediabetes", "R73.03", D('2022-04-18', 'us_short'), D('2025-10-14', 'us_short')],
])}
<h2>Current Medications</h2>
{dtable(["Medication", "Sig", "Start", "Prescriber"], [
    ["metoprolol succinate ER 50 mg tablet", "Take 1 tablet by mouth daily", D('2026-02-26', 'us_short'), "Brandt, Hollis MD"],
    ["lisinopril 20 mg tablet", "Take 1 tablet by mouth daily", D('2016-03-08', 'us_short'), "Sorensen, Anika NP"],
    ["atorvastatin 40 mg tablet", "Take 1 tablet by mouth nightly", D('2015-09-03', 'us_short'), "Sorensen, Anika NP"],
    ["aspirin 81 mg EC tablet", "Take 1 tablet by mouth daily (hold if anticoagulated)", D('2018-05-21', 'us_short'), "Historical"],
])}
<h2>Results</h2>
{dtable(["Test", "Result", "Collected", "Resulted by"], [
    ["ECG 12-lead", "Atrial fibrillation, ventricular rate 118, no acute ST changes", D('2026-02-26', 'us_short') + " 10:05", "Ng, Thomas MD"],
    ["TSH", "1.84 mIU/L", D('2026-02-26', 'us_short') + " 10:40", "NLIM Lab"],
    ["BMP", "Na 139, K 4.3, Cr 0.98, eGFR 81", D('2026-02-26', 'us_short') + " 10:40", "NLIM Lab"],
    ["Echo TTE", "Ordered, not yet scheduled", "-", "Lakeshore Imaging " + P('6128713450')],
])}
<h2>Assessment and Plan</h2>
<div class="txt">1. New atrial fibrillation, CHA2DS2-VASc 2 (age 65-74, HTN). Started metoprolol succinate; discussed stroke risk and
anticoagulation - patient wishes to discuss with cardiology first. TTE ordered. Referral placed.<br>
2. Hypertension, above goal today, likely rate-related. Recheck in 2 weeks with nurse visit.<br>
3. OSA - not using CPAP consistently; encouraged, sleep medicine {P('6129257760')} if mask issues.</div>
<div class="lbl" style="margin-top:6px">Follow-up:</div><div class="txt">Return in 4 weeks ({D('2026-03-30', 'us_short')}) with Anika Sorensen, NP.</div>
<div style="margin-top:8px">Note signed by Hollis Brandt, MD {D('2026-02-26', 'us_short')} 5:18 PM. Cosign not required.</div>
{foot(2)}"""
    return dict(html=page("NI01", css, sheet(p1) + sheet(p2)), fields=f, pages=2,
                kind="large_ehr_ambulatory_referral_order_grey_banner_three_column_grid_plus_encounter_summary_to_cardiology",
                mode="fine",
                fax=dict(when="03/03/2026 10:21", name="NLIM CLINIC", number=f["referring_fax"],
                         to="6128713488", fmt="c"))


# ====================================================================== NI02
def ni02():
    """Hospital-system EHR 'Referral Request' (Pittsburgh internal medicine -> gastroenterology): ruled banner
    with MRN / FIN / encounter, DD-Mon-YYYY dates, four label:value columns, primary and secondary coverage,
    URGENT; page 2 is a lab results report with its own ordering physician. Page 1 fed skewed."""
    f = {
        "patient_last_name": "Kowalczyk",
        "patient_first_name": "Bernadette",
        "patient_dob": "1951-07-14",
        "patient_sex": "F",
        "patient_phone": "4126631942",
        "patient_mrn": "00817342",
        "insurance_payer": "Highmark Blue Cross Blue Shield",
        "insurance_member_id": "HMK912304478",
        "referring_provider": "Vincent Marchetti",
        "referring_npi": npi("174420936"),
        "referring_phone": "4123598800",
        "referring_fax": "4123598820",
        "referred_to_specialty": "gastroenterology",
        "referred_to_provider": "Deepa Ramaswamy",
        "diagnosis_codes": ["D50.9", "R19.5"],
        "reason": "Iron deficiency anemia with positive FIT test; hemoglobin 9.1. Requesting colonoscopy and EGD.",
        "urgency": "urgent",
        "referral_date": "2026-03-04",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; line-height: 1.22; }
table.ban { width:100%; border:1.5px solid #000; margin-bottom: 4px; }
table.ban td { border:1px solid #000; padding: 1px 4px; font-size: 8pt; }
table.ban td.nm { font-size: 11pt; font-weight: bold; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; margin: 2px 0 4px 0; }
.hd .t { font-size: 13pt; font-weight: bold; }
.sec { background:#000; color:#fff; font-weight:bold; padding: 1px 4px; margin-top: 6px; font-size: 8.5pt; }
table.kv { width: 100%; table-layout: fixed; border-left:1px solid #000; border-right:1px solid #000; }
table.kv td { padding: 1px 3px; vertical-align: top; border-bottom: 1px solid #bbb; }
table.kv td.l { width: 1.0in; font-size: 7.5pt; }
table.kv td.v { font-weight: bold; }
table.dt { width: 100%; border:1px solid #000; }
table.dt th { text-align:left; background:#ddd; border:1px solid #000; padding:1px 3px; font-size:7.5pt; }
table.dt td { border:1px solid #000; padding:1px 3px; vertical-align:top; }
.box { border:1px solid #000; border-top:none; padding: 2px 4px; }
.box b { font-size:7.5pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; border-top:1.5px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
"""
    ban = f"""<table class="ban"><tr><td class="nm" rowspan="2">KOWALCZYK, BERNADETTE M</td><td>MRN: {f['patient_mrn']}</td>
<td>FIN: 7730019248</td><td>DOB: {D(f['patient_dob'], 'cerner')}</td><td>Age: 74 years</td></tr>
<tr><td>Sex: Female</td><td>Enc Type: Clinic</td><td>Loc: ALLEGHENY VLY IM</td><td>Attending: Marchetti, Vincent J MD</td></tr></table>"""

    def foot(n):
        return (f'<div class="ft"><span>Report Request ID: 88412093</span><span>Print Date/Time: '
                f'{D("2026-03-04", "cerner")} 16:02 EST &nbsp; Printed by: KLINE, TARA</span><span>Page {n} of 2</span></div>')

    p1 = ban + f"""
<div class="hd"><div class="t">Referral Request - Outpatient</div><div style="text-align:right">Allegheny Valley Internal Medicine<br>
1307 Freeport Rd, Pittsburgh PA 15238 &nbsp; Ph {P(f['referring_phone'], 'dash')} &nbsp; Fax {P(f['referring_fax'], 'dash')}</div></div>
<div class="sec">ORDER INFORMATION</div>
{kvgrid([
    [("Order:", "Referral to Gastroenterology"), ("Order ID:", "2290177413"), ("Order Date:", D(f['referral_date'], 'cerner')), ("Status:", "Ordered")],
    [("Priority:", "URGENT"), ("Requested Start:", D('2026-03-06', 'cerner')), ("Order Type:", "Ambulatory Referral"), ("Visits:", "2")],
    [("Entered By:", "Kline, Tara MA"), ("Communication:", "Written/Fax"), ("Encounter #:", "60021873"), ("Acct #:", "4410229187")],
], cls="kv")}
<div class="sec">PROVIDER INFORMATION</div>
{kvgrid([
    [("Referring Physician:", "Marchetti, Vincent J MD", 2), ("Referring NPI:", f['referring_npi']), ("Ref Phys Fax:", P(f['referring_fax'], 'dash'))],
    [("Primary Care Physician:", "Dunleavy, Sean DO", 2), ("PCP NPI:", npi('193377201')), ("PCP Phone:", P('4127816610', 'dash'))],
    [("Refer To Specialty:", "Gastroenterology", 2), ("Refer To Provider:", "Ramaswamy, Deepa MD"), ("Refer To NPI:", npi('112903348'))],
    [("Refer To Location:", "Three Rivers Digestive Health, 4815 Liberty Ave, Pittsburgh PA 15224", 4)],
    [("Location Phone:", P('4126875500', 'dash'), 2), ("Location Fax:", P('4126875511', 'dash')), ("", "")],
], cls="kv")}
<div class="sec">DIAGNOSIS</div>
{dtable(["Diagnosis Code", "Code Set", "Description", "Ranking", "Confirmation"], [
    ["D50.9", "ICD-10-CM", "Iron deficiency anemia, unspecified", "Primary", "Confirmed"],
    ["R19.5", "ICD-10-CM", "Other fecal abnormalities (positive fecal immunochemical test)", "Secondary", "Confirmed"],
], widths=["1in", "0.8in", "3.4in", "0.7in", "0.9in"])}
<div class="sec">REFERRAL DETAIL</div>
<div class="box"><b>Reason for Referral:</b> {esc(f['reason'])}</div>
<div class="box"><b>Special Instructions:</b> Patient on apixaban 5 mg BID for DVT ({D('2025-11-02', 'cerner')}); GI to advise on holding. Needs sedation.</div>
<div class="box"><b>Order Comment:</b> FIT positive {D('2026-02-20', 'cerner')}. Last colonoscopy ~2012 (normal per patient).</div>
<div class="sec">PATIENT INFORMATION</div>
{kvgrid([
    [("Name:", "KOWALCZYK, BERNADETTE M", 2), ("DOB:", D(f['patient_dob'], 'cerner')), ("Sex:", "Female")],
    [("Home Phone:", P(f['patient_phone'], 'dash')), ("Business Phone:", "&lt;none&gt;"), ("Language:", "English"), ("Marital:", "Widowed")],
    [("Address:", "219 Mt Royal Blvd, Glenshaw PA 15116", 2), ("Contact:", "Michael Kowalczyk (son) " + P('7245530188', 'dash'), 2)],
], cls="kv")}
<div class="sec">INSURANCE / COVERAGE</div>
{dtable(["Seq", "Health Plan", "Product", "Member ID", "Group #", "Subscriber", "Eff Date"], [
    ["Primary", f['insurance_payer'], "Freedom Blue PPO", f['insurance_member_id'], "75011", "Self", D('2024-01-01', 'cerner')],
    ["Secondary", "Pennsylvania Medicaid", "PA ACCESS", "8806213457", "-", "Self", D('2023-07-01', 'cerner')],
])}
<div style="margin-top:6px">Electronically Signed By: Marchetti, Vincent J MD on {D(f['referral_date'], 'cerner')} 15:48 EST</div>
{foot(1)}"""
    p2 = ban + f"""
<div class="hd"><div class="t">Laboratory Results - Cumulative</div><div style="text-align:right">Performing lab: UPV Regional Laboratory<br>
CLIA 39D0993317 &nbsp; Client services {P('4126471000', 'dash')}</div></div>
<div class="sec">HEMATOLOGY</div>
{dtable(["Test", D('2025-09-15', 'cerner'), D('2026-01-08', 'cerner'), D('2026-02-27', 'cerner'), "Units", "Ref Range"], [
    ["WBC", "6.8", "7.1", "6.4", "x10^3/uL", "4.0-10.5"],
    ["Hemoglobin", "11.6 L", "10.2 L", "9.1 L", "g/dL", "11.5-15.5"],
    ["Hematocrit", "35.8 L", "32.4 L", "29.7 L", "%", "35.0-46.0"],
    ["MCV", "81", "76 L", "72 L", "fL", "80-100"],
    ["RDW", "15.2 H", "16.9 H", "18.1 H", "%", "11.5-14.5"],
    ["Platelets", "312", "355", "391", "x10^3/uL", "150-400"],
])}
<div class="sec">IRON STUDIES</div>
{dtable(["Test", D('2026-02-27', 'cerner'), "Units", "Ref Range", "Flag"], [
    ["Ferritin", "6", "ng/mL", "15-150", "L"],
    ["Iron", "22", "ug/dL", "50-170", "L"],
    ["TIBC", "468", "ug/dL", "250-450", "H"],
    ["Transferrin Sat", "5", "%", "20-50", "L"],
])}
<div class="sec">CHEMISTRY</div>
{dtable(["Test", D('2026-02-27', 'cerner'), "Units", "Ref Range", "Flag"], [
    ["Creatinine", "0.84", "mg/dL", "0.57-1.00", ""],
    ["BUN", "14", "mg/dL", "8-27", ""],
    ["ALT", "18", "U/L", "0-32", ""],
    ["Fecal Immunochemical Test", "POSITIVE", "", "Negative", "A"],
])}
<div class="sec">RESULT ROUTING</div>
{kvgrid([
    [("Ordering Physician:", "Marchetti, Vincent J MD"), ("Copy To:", "Dunleavy, Sean DO"), ("Verified By:", "Hsu, Grace MT(ASCP)"), ("Verified:", D('2026-02-27', 'cerner') + " 14:11")],
    [("Accession:", "26-058-04417"), ("Specimen:", "Blood, venous"), ("Received:", D('2026-02-27', 'cerner') + " 09:52"), ("Lab Phone:", P('4126471000', 'dash'))],
], cls="kv")}
<div style="margin-top:6px">Critical values called to: Kline, Tara MA on {D('2026-02-27', 'cerner')} 14:20 (read back verified).</div>
{foot(2)}"""
    return dict(html=page("NI02", css, sheet(p1) + sheet(p2)), fields=f, pages=2,
                kind="hospital_ehr_referral_request_ruled_banner_mrn_fin_four_column_grid_plus_cumulative_labs_to_gastroenterology",
                mode="standard", skew={1: 1.3},
                fax=dict(when="03/04/2026 16:09", name="AVIM PITTSBURGH", number=f["referring_fax"],
                         to="4126875511", fmt="b"))


# ====================================================================== NI03
def ni03():
    """Cloud practice-management 'Outgoing Referral' (Denver family medicine -> neurology): light rounded
    header band, three-column label:value grid, rendering vs referring provider, no specific specialist
    ('Any available provider'), primary + secondary coverage table, URGENT. One page."""
    f = {
        "patient_last_name": "Castañeda-Ruiz",
        "patient_first_name": "Mateo",
        "patient_dob": "1989-11-30",
        "patient_sex": "M",
        "patient_phone": "7204418826",
        "patient_mrn": "10488213",
        "insurance_payer": "Anthem Blue Cross and Blue Shield",
        "insurance_member_id": "XJH884210337",
        "referring_provider": "Rebecca Oyelaran",
        "referring_npi": npi("127704953"),
        "referring_phone": "3037883100",
        "referring_fax": "3037883129",
        "referred_to_specialty": "neurology",
        "diagnosis_codes": ["R56.9", "Z87.820"],
        "reason": "First unprovoked generalized seizure on 02/21/2026, concussion in 2019. CT head normal in ED. "
                  "Needs EEG, MRI brain and neurology evaluation; not driving.",
        "urgency": "urgent",
        "referral_date": "2026-02-24",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; line-height: 1.28; }
.top { display:flex; justify-content:space-between; align-items:flex-start; }
.top .p { font-size: 9pt; }
.top .p b { font-size: 12pt; }
.band { border: 1px solid #000; border-radius: 6px; background: #efefef; padding: 4px 8px; margin: 5px 0;
        display:flex; justify-content:space-between; }
.band b { font-size: 10.5pt; }
h1 { font-size: 14pt; margin: 6px 0 2px 0; font-weight: normal; letter-spacing: 1px; }
h2 { font-size: 8.5pt; margin: 7px 0 2px 0; text-transform: uppercase; color:#000; border-bottom: 1px solid #555;
     letter-spacing: 0.5px; }
table.kv { width: 100%; table-layout: fixed; }
table.kv td { padding: 1px 3px; vertical-align: top; }
table.kv td.l { width: 1.0in; color:#333; font-size: 7.8pt; text-align: right; }
table.kv td.v { padding-left: 4px; }
table.dt { width: 100%; }
table.dt th { text-align:left; font-size:7.5pt; text-transform: uppercase; border-bottom: 1.5px solid #000; padding: 1px 3px; }
table.dt td { padding: 2px 3px; border-bottom: 1px solid #ccc; vertical-align: top; }
.note { border-left: 3px solid #000; padding: 2px 6px; margin: 3px 0; }
.note b { font-size: 7.8pt; display:block; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.2pt; color:#000; display:flex; justify-content:space-between;
      border-top: 1px solid #555; padding-top: 2px; }
"""
    body = f"""
<div class="top"><div class="p"><b>Front Range Family Medicine</b><br>1660 Pearl St, Suite 300, Denver CO 80203<br>
Tel {P(f['referring_phone'], 'dot')} &nbsp;|&nbsp; Fax {P(f['referring_fax'], 'dot')}</div>
<div style="text-align:right;font-size:8pt">Dept ID 14 &nbsp; Practice ID 19277<br>Created {D('2026-02-24', 'us')} 11:06 AM by ljones2<br>
Sent {D('2026-02-24', 'us')} 11:40 AM</div></div>
<div class="band"><span><b>CASTAÑEDA-RUIZ, MATEO</b> (M) &nbsp; DOB {D(f['patient_dob'], 'us')} (36yo)</span>
<span>MRN #{f['patient_mrn']}</span><span>Enc ID 88420154</span><span>Claim # 5520379</span></div>
<h1>OUTGOING REFERRAL</h1>
{kvgrid([
    [("Referral date", D(f['referral_date'], 'us')), ("Urgency", "Urgent"), ("Referral ID", "R-2261983")],
    [("Order type", "Specialist referral"), ("Specialty", "Neurology"), ("Status", "Sent - awaiting appt")],
    [("Visits auth.", "1 of 1"), ("Valid", D('2026-02-24', 'us') + " - " + D('2026-05-24', 'us'), 2)],
])}
<h2>Referring / rendering</h2>
{kvgrid([
    [("Referring provider", "Rebecca Oyelaran, MD"), ("NPI", f['referring_npi']), ("Taxonomy", "207Q00000X")],
    [("Rendering provider", "Lucas Whitcomb, PA-C"), ("Rendering NPI", npi('184417720')), ("Seen on", D('2026-02-23', 'us'))],
    [("Usual provider", "Rebecca Oyelaran, MD"), ("Office phone", P(f['referring_phone'], 'dot')), ("Office fax", P(f['referring_fax'], 'dot'))],
])}
<h2>Receiving</h2>
{kvgrid([
    [("Facility", "Front Range Neurology Associates", 2), ("Provider", "Any available provider")],
    [("Address", "2055 High St, Suite 410, Denver CO 80205", 2), ("Phone", P('3038614470', 'dot'))],
    [("Fax", P('3038614479', 'dot')), ("Facility NPI", npi('157339082')), ("Network", "In network")],
])}
<h2>Patient</h2>
{kvgrid([
    [("Name", "Castañeda-Ruiz, Mateo J"), ("Sex", "Male"), ("DOB", D(f['patient_dob'], 'us'))],
    [("Mobile", P(f['patient_phone'], 'dot')), ("Email", "on file"), ("Pref. contact", "Text")],
    [("Address", "3321 W 38th Ave, Denver CO 80211", 2), ("Language", "Spanish / English")],
    [("Emergency", "Lucía Ruiz (mother)", 2), ("Emerg. phone", P('7205338104', 'dot'))],
])}
<h2>Coverage</h2>
{dtable(["", "Payer", "Plan", "Member ID", "Group", "Policy holder", "Eff. date", "Copay"], [
    ["Primary", f['insurance_payer'], "Pathway X HMO", f['insurance_member_id'], "283551M004", "Self", D('2026-01-01', 'us'), "$60"],
    ["Secondary", "none", "", "", "", "", "", ""],
])}
<h2>Diagnoses</h2>
{dtable(["ICD-10", "Description", "Onset"], [
    ["R56.9", "Unspecified convulsions", D('2026-02-21', 'us')],
    ["Z87.820", "Personal history of traumatic brain injury", "2019"],
], widths=["0.9in", "4.5in", "1.3in"])}
<h2>Reason and notes</h2>
<div class="note"><b>Reason for referral</b>{esc(f['reason'])}</div>
<div class="note"><b>Clinical indication (for scheduling)</b>Seizure, new onset - please schedule within 7 days.</div>
<div class="note"><b>Comments to receiving office</b>ED visit {D('2026-02-21', 'us')} at Denver Health (records attached separately, 6 pp).
Pt works night shifts; call after 2 PM. Levetiracetam 500 mg BID started in ED.</div>
<div class="note"><b>Attachments</b>Visit note {D('2026-02-23', 'us')}; ED discharge summary; CT head report; med list.</div>
<div style="margin-top:8px;font-size:8pt">Signed: Rebecca Oyelaran, MD &nbsp; {D('2026-02-24', 'us')} 11:38 AM &nbsp;&nbsp;
Referral coordinator: Leah Jones &nbsp; {P('3037883142', 'dot')}</div>
<div class="ft"><span>CASTAÑEDA-RUIZ, MATEO &nbsp; #{f['patient_mrn']}</span><span>Printed {D('2026-02-24', 'us')} 11:41 AM MST by ljones2</span>
<span>Page 1 of 1</span></div>"""
    return dict(html=page("NI03", css, sheet(body)), fields=f, pages=1,
                kind="cloud_practice_management_outgoing_referral_band_three_column_grid_any_provider_to_neurology",
                mode="fine",
                fax=dict(when="02/24/2026 11:44", name="FRONT RANGE FM", number=f["referring_fax"],
                         to="3038614479", fmt="g"))


# ====================================================================== NI04
def ni04():
    """Practice-management EHR 'Referral Letter/Order' with grey-headed boxes (Omaha internal medicine ->
    pulmonology), narrow type, MRN next to Person # and Enc #, Medicare primary + Medigap secondary;
    page 2 is a continuation (problem list, meds, imaging result with other physicians). Page 2 skewed."""
    f = {
        "patient_last_name": "Vanderploeg",
        "patient_first_name": "Gretchen",
        "patient_dob": "1948-05-09",
        "patient_sex": "F",
        "patient_phone": "4025519037",
        "patient_mrn": "0090431",
        "insurance_payer": "Medicare Part B",
        "insurance_member_id": "5EG4TE5MK72",
        "referring_provider": "Colin Mertz",
        "referring_npi": npi("166038215"),
        "referring_phone": "4023917400",
        "referring_fax": "4023917455",
        "referred_to_specialty": "pulmonology",
        "referred_to_provider": "Sunil Bhattacharya",
        "diagnosis_codes": ["R91.1", "J44.9", "Z87.891"],
        "reason": "Incidental 1.4 cm right upper lobe nodule on CT abdomen; 40 pack-year former smoker with COPD. "
                  "Please evaluate and advise on PET-CT or biopsy.",
        "urgency": "routine",
        "referral_date": "2026-01-28",
    }
    css = """
body { font-family: 'Liberation Sans Narrow', 'Nimbus Sans Narrow', Arial, sans-serif; font-size: 9pt; line-height: 1.22; }
.ban { border-top: 3px solid #000; border-bottom: 1px solid #000; padding: 2px 0; display:flex; justify-content:space-between;
       font-size: 8.5pt; }
.ban b { font-size: 10.5pt; }
.org { text-align:center; margin: 4px 0; }
.org b { font-size: 12pt; letter-spacing: 1px; }
.box { border: 1px solid #000; margin-top: 5px; }
.box .h { background: #d6d6d6; border-bottom: 1px solid #000; font-weight: bold; padding: 1px 4px; font-size: 8.5pt; }
table.kv { width: 100%; table-layout: fixed; }
table.kv td { padding: 1px 3px; vertical-align: top; }
table.kv td.l { width: 0.95in; font-size: 8pt; }
table.kv td.v { font-weight: bold; }
table.dt { width: 100%; }
table.dt th { text-align:left; font-size:8pt; border-bottom: 1px solid #000; padding: 1px 3px; }
table.dt td { padding: 1px 3px; vertical-align: top; border-bottom: 1px dotted #888; }
.tx { padding: 2px 4px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between;
      border-top: 1px solid #000; padding-top: 2px; }
"""
    ban = f"""<div class="ban"><span><b>Vanderploeg, Gretchen L</b> &nbsp; F &nbsp; {D(f['patient_dob'], 'us')} (77 yrs)</span>
<span>MRN: {f['patient_mrn']}</span><span>Person #: 771204</span><span>Enc #: 18843092</span><span>Enc Date: {D('2026-01-27', 'us')}</span></div>"""

    def foot(n):
        return (f'<div class="ft"><span>Heartland Internal Medicine - Dodge St</span><span>User: RPOHLMAN &nbsp; Printed: '
                f'{D("2026-01-28", "us")} 09:33:12</span><span>Page {n} of 2</span></div>')

    p1 = ban + f"""
<div class="org"><b>HEARTLAND INTERNAL MEDICINE</b><br>8701 Dodge St, Suite 120 &middot; Omaha, NE 68114 &middot;
Phone {P(f['referring_phone'], 'paren_nosp')} &middot; Fax {P(f['referring_fax'], 'paren_nosp')}</div>
<div class="box"><div class="h">Referral - Outgoing &nbsp;&nbsp; Ref #: 0004418862</div>
{kvgrid([
    [("Referral Date:", D(f['referral_date'], 'us')), ("Priority:", "Routine"), ("Status:", "Pending appt")],
    [("Referral Type:", "Consult &amp; Treat"), ("Auth #:", "Not required"), ("# Visits:", "3")],
    [("Specialty:", "Pulmonology"), ("Appt Date:", "(not yet scheduled)"), ("Exp Date:", D('2026-07-28', 'us'))],
])}</div>
<div class="box"><div class="h">Providers</div>
{kvgrid([
    [("Referring Prov:", "Colin Mertz, MD"), ("NPI:", f['referring_npi']), ("Phone/Fax:", P(f['referring_phone'], 'paren_nosp') + " / " + P(f['referring_fax'], 'paren_nosp'))],
    [("Refer To Prov:", "Sunil Bhattacharya, MD"), ("NPI:", npi('120558374')), ("Location:", "Midlands Pulmonary &amp; Sleep")],
    [("Refer To Addr:", "4242 Farnam St, Ste 550, Omaha NE 68131", 2), ("Ph/Fax:", P('4025538800', 'paren_nosp') + " / " + P('4025538811', 'paren_nosp'))],
    [("PCP:", "Colin Mertz, MD"), ("Rendering:", "Colin Mertz, MD"), ("Other:", "Hana Sato, MD (Oncology)")],
])}</div>
<div class="box"><div class="h">Patient</div>
{kvgrid([
    [("Name:", "Vanderploeg, Gretchen L"), ("Sex:", "F"), ("DOB:", D(f['patient_dob'], 'us'))],
    [("Home Ph:", P(f['patient_phone'], 'paren_nosp')), ("Cell Ph:", "--"), ("Language:", "English")],
    [("Address:", "5516 Izard St, Omaha NE 68132", 2), ("Emerg:", "Pieter Vanderploeg " + P('4026902213', 'paren_nosp'))],
])}</div>
<div class="box"><div class="h">Insurance</div>
{dtable(["Ord", "Payer", "Financial Class", "Policy / Member #", "Group", "Insured", "Eff Date", "Exp Date"], [
    ["1", f['insurance_payer'], "Medicare", f['insurance_member_id'], "--", "Self", D('2013-05-01', 'us'), "--"],
    ["2", "Mutual of Omaha Medigap Plan G", "Supplement", "MO41178203", "MS-G", "Self", D('2013-05-01', 'us'), "--"],
])}</div>
<div class="box"><div class="h">Diagnosis</div>
{dtable(["Dx Code", "Description", "Onset"], [
    ["R91.1", "Solitary pulmonary nodule", D('2026-01-20', 'us')],
    ["J44.9", "Chronic obstructive pulmonary disease, unspecified", D('2017-03-14', 'us')],
    ["Z87.891", "Personal history of nicotine dependence", "--"],
], widths=["0.9in", "4.6in", "1.2in"])}</div>
<div class="box"><div class="h">Reason for Referral</div><div class="tx">{esc(f['reason'])}</div></div>
<div class="box"><div class="h">Clinical Indication / History</div><div class="tx">CT abdomen/pelvis {D('2026-01-20', 'us')} for
abdominal pain (ordered in ED by Dr. Ruiz-Ortega) showed 1.4 x 1.1 cm spiculated RUL nodule in lung base images. Quit smoking 2011.
FEV1 58% predicted ({D('2025-06-05', 'us')}). On tiotropium/olodaterol.</div></div>
<div class="box"><div class="h">Comments</div><div class="tx">Patient uses walker; needs ground-floor access. Daughter-in-law
drives. Please send consult note to referring provider fax above.</div></div>
<div style="margin-top:6px">Electronically signed: Colin Mertz, MD &nbsp; {D(f['referral_date'], 'us')} 09:21</div>
{foot(1)}"""
    p2 = ban + f"""
<div class="org"><b>CONTINUATION - CLINICAL SUMMARY</b><br>Attached to Referral 0004418862</div>
<div class="box"><div class="h">Problem List</div>
{dtable(["Problem", "ICD-10", "Onset", "Status", "Entered By"], [
    ["COPD, moderate", "J44.9", D('2017-03-14', 'us'), "Active", "Mertz, Colin MD"],
    ["Pulmonary nodule, RUL", "R91.1", D('2026-01-20', 'us'), "Active", "Mertz, Colin MD"],
    ["Hypothyroidism", "E03.9", D('2009-08-02', 'us'), "Active", "Mertz, Colin MD"],
    ["Osteoporosis, postmenopausal", "M81.0", D('2016-10-19', 'us'), "Active", "Sato, Hana MD"],
    ["Breast cancer, left, s/p lumpectomy", "Z85.3", D('2012-02-07', 'us'), "History", "Sato, Hana MD"],
    ["Diverticulosis", "K57.30", D('2020-05-11', 'us'), "Active", "Okafor, Ben MD"],
])}</div>
<div class="box"><div class="h">Medications</div>
{dtable(["Medication", "Directions", "Prescribed", "By"], [
    ["tiotropium-olodaterol 2.5-2.5 mcg inhaler", "2 puffs once daily", D('2023-04-11', 'us'), "Mertz, Colin MD"],
    ["albuterol HFA 90 mcg", "2 puffs q4-6h PRN", D('2017-03-14', 'us'), "Mertz, Colin MD"],
    ["levothyroxine 75 mcg", "1 tab daily before breakfast", D('2009-08-02', 'us'), "Mertz, Colin MD"],
    ["alendronate 70 mg", "1 tab weekly", D('2016-10-19', 'us'), "Sato, Hana MD"],
    ["anastrozole 1 mg", "completed " + D('2017-03-01', 'us'), D('2012-03-20', 'us'), "Sato, Hana MD"],
])}</div>
<div class="box"><div class="h">Imaging</div><div class="tx"><b>CT ABD/PELVIS W CONTRAST</b> &nbsp; {D('2026-01-20', 'us')} 22:14 &nbsp;
Acc# CT2601200871 &nbsp; Ordering: Ruiz-Ortega, Daniel MD (ED) &nbsp; Read by: Kimura, Alan MD, Radiology {P('4025594100', 'paren_nosp')}<br>
IMPRESSION: 1. No acute abdominal process. 2. Incidentally noted 1.4 x 1.1 cm spiculated nodule in the right upper lobe, partially
imaged. Recommend dedicated CT chest; consider PET-CT and tissue sampling (Fleischner). 3. Sigmoid diverticulosis.</div></div>
<div class="box"><div class="h">Last Visit - {D('2026-01-27', 'us')}</div>
{kvgrid([
    [("BP:", "136/78"), ("HR:", "84"), ("SpO2:", "93% RA")],
    [("Wt:", "61.8 kg"), ("BMI:", "23.4"), ("RR:", "18")],
])}
<div class="tx">Discussed CT finding; patient agreeable to pulmonary evaluation. CT chest w/o contrast ordered. Follow up here
in 6 weeks ({D('2026-03-10', 'us')}). Flu and pneumococcal vaccines up to date.</div></div>
<div class="box"><div class="h">Allergies</div><div class="tx">Codeine (nausea); latex (rash).</div></div>
{foot(2)}"""
    return dict(html=page("NI04", css, sheet(p1) + sheet(p2)), fields=f, pages=2,
                kind="practice_management_referral_grey_headed_boxes_narrow_type_medicare_medigap_plus_continuation_to_pulmonology",
                mode="standard", skew={2: -0.7},
                fax=dict(when="01/28/2026 09:40", name="HEARTLAND IM", number=f["referring_fax"],
                         to="4025538811", fmt="d"))


# ====================================================================== NI05
def ni05():
    """Ambulatory EHR 'Referral' printout in condensed type (Charleston SC family practice -> dermatology):
    side-by-side 'Referral From' / 'Referral To' boxes, no specific dermatologist named, only a fax for the
    referring office (no phone), MRN next to Acct No, PCP NP vs referring MD, URGENT. One page."""
    f = {
        "patient_last_name": "Pinckney",
        "patient_first_name": "Latrice",
        "patient_dob": "1972-09-03",
        "patient_sex": "F",
        "patient_phone": "8437210954",
        "patient_mrn": "LCFM-220918",
        "insurance_payer": "BlueCross BlueShield of South Carolina",
        "insurance_member_id": "ZCS802174455",
        "referring_provider": "Desmond Aiken",
        "referring_npi": npi("139902847"),
        "referring_fax": "8435562281",
        "referred_to_specialty": "dermatology",
        "diagnosis_codes": ["D48.5", "Z85.828"],
        "reason": "Changing pigmented lesion left upper back, 9 mm, irregular border and color variegation. History "
                  "of basal cell carcinoma. Rule out melanoma; please see for excisional biopsy.",
        "urgency": "urgent",
        "referral_date": "2026-03-09",
    }
    css = """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-stretch: condensed; font-size: 8pt; line-height: 1.3; }
.ban { display:flex; justify-content:space-between; border: 1px solid #000; padding: 3px 5px; font-size: 8pt; }
.ban b { font-size: 10pt; }
.ttl { text-align:center; font-size: 13pt; font-weight: bold; margin: 8px 0 2px 0; }
.sub { text-align:center; font-size: 8pt; margin-bottom: 6px; }
.two { display:flex; gap: 8px; }
.two > div { flex: 1; border: 1px solid #000; }
.h { background:#000; color:#fff; font-weight:bold; padding: 1px 4px; }
.sect { border: 1px solid #000; margin-top: 6px; }
table.kv { width: 100%; table-layout: fixed; }
table.kv td { padding: 1px 3px; vertical-align: top; }
table.kv td.l { width: 0.95in; font-weight: bold; }
table.dt { width: 100%; }
table.dt th { text-align:left; border-bottom: 1px solid #000; padding: 1px 3px; background:#e6e6e6; }
table.dt td { padding: 1px 3px; border-bottom: 1px solid #ccc; vertical-align:top; }
.tx { padding: 2px 4px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between;
      border-top: 1px solid #000; padding-top: 2px; }
"""
    body = f"""
<div class="ban"><span><b>Latrice Pinckney</b> &nbsp; DOB: {D(f['patient_dob'], 'us')} &nbsp; Age: 53 Y &nbsp; Sex: F</span>
<span>MRN: {f['patient_mrn']} &nbsp; Acct No: 88213 &nbsp; Visit: {D('2026-03-06', 'us')}</span></div>
<div class="ttl">REFERRAL</div>
<div class="sub">Lowcountry Community Family Medicine &middot; 1050 Sam Rittenberg Blvd, Charleston, SC 29407 &middot; Referral ID 30417</div>
<div class="two">
<div><div class="h">Referral From</div>{kvgrid([
    [("Provider:", "Desmond Aiken, MD")],
    [("NPI:", f['referring_npi'])],
    [("Facility:", "Lowcountry Community Family Medicine")],
    [("Fax:", P(f['referring_fax'], 'dash'))],
    [("PCP:", "Yvette Grimball, FNP")],
    [("PCP NPI:", npi('108834219'))],
])}</div>
<div><div class="h">Referral To</div>{kvgrid([
    [("Provider:", "")],
    [("Specialty:", "Dermatology")],
    [("Facility:", "Coastal Dermatology &amp; Mohs Surgery")],
    [("Address:", "2695 Elms Plantation Blvd, N Charleston SC 29406")],
    [("Phone:", P('8437974400', 'dash'))],
    [("Fax:", P('8437974417', 'dash'))],
])}</div>
</div>
<div class="sect"><div class="h">Referral Details</div>{kvgrid([
    [("Referral Date:", D(f['referral_date'], 'us')), ("Start Date:", D('2026-03-09', 'us')), ("End Date:", D('2026-06-09', 'us'))],
    [("Priority:", "Urgent"), ("No. of Visits:", "2"), ("Auth Code:", "PA-8816032")],
    [("Auth Status:", "Approved"), ("Unit Type:", "Visits"), ("Assigned To:", "Sharonda Gadsden")],
])}</div>
<div class="sect"><div class="h">Patient Information</div>{kvgrid([
    [("Name:", "Pinckney, Latrice D"), ("DOB:", D(f['patient_dob'], 'us')), ("Gender:", "Female")],
    [("Cell Phone:", P(f['patient_phone'], 'dash')), ("Home Phone:", ""), ("Work Phone:", "")],
    [("Address:", "78 Line St, Charleston SC 29403", 2), ("Race/Eth:", "Declined")],
    [("Guarantor:", "Self"), ("Emergency:", "Andre Pinckney"), ("Emerg. Ph:", P('8435309927', 'dash'))],
])}</div>
<div class="sect"><div class="h">Insurance</div>{dtable(["Type", "Insurance Name", "Subscriber No", "Group No", "Subscriber", "Relation", "Start Date"], [
    ["Primary", f['insurance_payer'], f['insurance_member_id'], "003318400", "Pinckney, Latrice", "Self", D('2025-07-01', 'us')],
])}</div>
<div class="sect"><div class="h">Assessments</div>{dtable(["Code", "Description", "Notes"], [
    ["D48.5", "Neoplasm of uncertain behavior of skin", "L upper back, 9 x 7 mm"],
    ["Z85.828", "Personal history of other malignant neoplasm of skin", "BCC R nasal ala, excised 2021"],
], widths=["0.8in", "3.6in", "2.3in"])}</div>
<div class="sect"><div class="h">Reason</div><div class="tx">{esc(f['reason'])}</div></div>
<div class="sect"><div class="h">Clinical Indication</div><div class="tx">Lesion photographed {D('2025-11-14', 'us')}; enlarged
from 6 mm. Patient noticed itching and occasional bleeding. No lymphadenopathy.</div></div>
<div class="sect"><div class="h">Notes</div><div class="tx">Prior dermatology: Dr. Whaley, Summerville (2021). Patient works
day shift at MUSC - prefers Friday appointments. Photos sent via portal.</div></div>
<div class="sect"><div class="h">Current Medications</div><div class="tx">Lisinopril 10 mg daily; Metformin 500 mg BID; Vitamin D3 2000 IU daily.
Allergies: NKDA.</div></div>
<div style="margin-top:10px">Provider: Desmond Aiken, MD &nbsp;&nbsp; Electronically signed on {D(f['referral_date'], 'us')} 02:17 PM EST</div>
<div class="ft"><span>Patient: Latrice Pinckney DOB: {D(f['patient_dob'], 'us')}</span><span>Provider: Desmond Aiken, MD &nbsp; Date: {D('2026-03-06', 'us')}</span>
<span>Printed {D('2026-03-09', 'us')} by sgadsden &nbsp; Page 1 of 1</span></div>"""
    return dict(html=page("NI05", css, sheet(body)), fields=f, pages=1,
                kind="ambulatory_ehr_referral_condensed_from_to_boxes_no_specialist_fax_only_to_dermatology",
                mode="fine",
                fax=dict(when="03/09/2026 14:26", name="LOWCOUNTRY CFM", number=f["referring_fax"],
                         to="8437974417", fmt="a"))
