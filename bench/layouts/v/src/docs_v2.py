"""NI06-NI10 document builders (set V, see docs_v1.py for the theme)."""
from common import npi, P, D, page, esc
from vhelp import kvgrid, dtable, sheet


# ====================================================================== NI06
def ni06():
    """Hospital-information-system monospace printout, all upper case (Spokane family medicine ->
    rheumatology): banner with MED REC # / ACCT # / REG date on each page, dotted label:value columns,
    a second order (hand X-rays, performing dept Radiology) on the continuation page, and a med/problem list
    page with other physicians. Three pages; page 1 skewed."""
    f = {
        "patient_last_name": "WHITEHORSE",
        "patient_first_name": "DELPHINE",
        "patient_dob": "1964-12-19",
        "patient_sex": "F",
        "patient_phone": "5094472283",
        "patient_mrn": "M000418837",
        "insurance_payer": "PREMERA BLUE CROSS",
        "insurance_member_id": "PBC77019338",
        "referring_provider": "Anders Holmquist",
        "referring_npi": npi("143307729"),
        "referring_phone": "5094889300",
        "referring_fax": "5094889312",
        "referred_to_specialty": "rheumatology",
        "referred_to_provider": "Ellen Nakashima",
        "diagnosis_codes": ["M25.541", "M25.542", "R76.8"],
        "reason": "BILATERAL HAND JOINT PAIN AND SWELLING X 4 MONTHS, MORNING STIFFNESS 90 MIN, RF 64 AND ANTI-CCP "
                  "POSITIVE. EVALUATE FOR RHEUMATOID ARTHRITIS AND START DMARD.",
        "urgency": "routine",
        "referral_date": "2026-02-11",
    }
    css = """
body { font-family: 'Nimbus Mono PS', 'Liberation Mono', monospace; font-size: 8.6pt; line-height: 1.3; }
.ban { border-top: 2px solid #000; border-bottom: 2px solid #000; padding: 2px 0; }
.ban table { width: 100%; }
.ban td { padding: 0 2px; font-size: 8.6pt; }
.hd { display:flex; justify-content:space-between; margin: 3px 0; }
.ttl { text-align:center; font-weight:bold; font-size: 10.5pt; margin: 5px 0 3px 0; }
.sec { font-weight: bold; margin-top: 7px; border-bottom: 1px dashed #000; }
table.kv { width: 100%; table-layout: fixed; }
table.kv td { padding: 0 2px; vertical-align: top; }
table.kv td.l { width: 1.35in; white-space: nowrap; overflow: hidden; }
table.kv td.l::after { content: " ...................."; }
table.kv td.v { font-weight: normal; }
table.dt { width: 100%; }
table.dt th { text-align:left; border-bottom: 1px solid #000; padding: 0 3px; font-weight: normal; text-decoration: underline; }
table.dt td { padding: 0 3px; vertical-align: top; }
.tx { padding: 1px 2px 1px 12px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between;
      border-top: 1px solid #000; padding-top: 2px; }
"""
    ban = f"""<div class="ban"><table>
<tr><td><b>WHITEHORSE,DELPHINE A</b></td><td>MED REC #: {f['patient_mrn']}</td><td>ACCT #: V00099127741</td></tr>
<tr><td>DOB: {D(f['patient_dob'], 'us')} AGE: 61 SEX: F</td><td>REG: {D('2026-02-10', 'us')} LOC: NVFM</td><td>STATUS: REG CLI</td></tr>
</table></div>"""

    def foot(n):
        return (f'<div class="ft"><span>RUN: {D("2026-02-11", "us")} 1412 &nbsp; USER: MTRAN</span><span>NVFM.REF.ORD.PRT'
                f'</span><span>PAGE {n} OF 3</span></div>')

    p1 = ban + f"""
<div class="hd"><span>NORTHWEST VALLEY FAMILY MEDICINE<br>1217 N DIVISION ST, SPOKANE WA 99202</span>
<span style="text-align:right">PHONE: {P(f['referring_phone'], 'dash')}<br>FAX: {P(f['referring_fax'], 'dash')}</span></div>
<div class="ttl">*** OUTPATIENT REFERRAL ORDER ***</div>
<div class="sec">ORDER</div>
{kvgrid([
    [("ORDER #", "20260211-0047"), ("ORDER DATE", D(f['referral_date'], 'mmddyy'))],
    [("PROCEDURE", "REF RHEUM"), ("PRIORITY", "ROUTINE")],
    [("CATEGORY", "REFERRAL OUT"), ("ORDER STATUS", "TRANSMITTED")],
    [("ENTERED BY", "TRAN,MAI"), ("SOURCE", "CLINIC VISIT")],
])}
<div class="sec">PHYSICIANS</div>
{kvgrid([
    [("REFERRING PHYS", "HOLMQUIST,ANDERS MD"), ("REF PHYS NPI", f['referring_npi'])],
    [("ORDERING PHYS", "HOLMQUIST,ANDERS MD"), ("ATTENDING", "HOLMQUIST,ANDERS MD")],
    [("PRIMARY CARE", "BEGAYE,CORINNE PA-C"), ("PCP NPI", npi('161128034'))],
    [("REFER TO", "NAKASHIMA,ELLEN MD"), ("REFER TO NPI", npi('102263478'))],
    [("REFER TO SPEC", "RHEUMATOLOGY"), ("REFER TO GROUP", "INLAND NW ARTHRITIS CTR")],
    [("GROUP PHONE", P('5098381700', 'dash')), ("GROUP FAX", P('5098381725', 'dash'))],
])}
<div class="sec">DIAGNOSIS</div>
{dtable(["SEQ", "ICD10", "DESCRIPTION"], [
    ["1", "M25.541", "PAIN IN JOINTS OF RIGHT HAND"],
    ["2", "M25.542", "PAIN IN JOINTS OF LEFT HAND"],
    ["3", "R76.8", "OTHER SPECIFIED ABNORMAL IMMUNOLOGICAL FINDINGS IN SERUM"],
], widths=["0.5in", "1in", "5.7in"])}
<div class="sec">REFERRAL REASON</div>
<div class="tx">{esc(f['reason'])}</div>
<div class="sec">CLINICAL INDICATION</div>
<div class="tx">SYNOVITIS MCP 2-3 BILAT, PIP SWELLING. ESR 48 CRP 2.9 ({D('2026-02-03', 'us')}).</div>
<div class="sec">COMMENTS</div>
<div class="tx">PT REQUESTS FEMALE PROVIDER IF AVAILABLE. MAY NEED INTERPRETER - NO (ENGLISH). SEE PAGE 2 FOR
COVERAGE AND RELATED ORDERS.</div>
<div class="sec">PATIENT</div>
{kvgrid([
    [("NAME", "WHITEHORSE,DELPHINE A"), ("SEX", "F")],
    [("BIRTHDATE", D(f['patient_dob'], 'us')), ("MARITAL", "M")],
    [("HOME PHONE", P(f['patient_phone'], 'dash')), ("WORK PHONE", "")],
    [("ADDRESS", "2904 E LIBERTY AVE"), ("CITY/ST/ZIP", "SPOKANE WA 99207")],
    [("NOK", "WHITEHORSE,GERALD"), ("NOK PHONE", P('5097201148', 'dash'))],
])}
<div style="margin-top:8px">SIGNED ELECTRONICALLY: HOLMQUIST,ANDERS MD {D(f['referral_date'], 'us')} 1358</div>
<div>** CONTINUED ON NEXT PAGE **</div>
{foot(1)}"""
    p2 = ban + f"""
<div class="ttl">*** OUTPATIENT REFERRAL ORDER (CONTINUED) ***</div>
<div class="sec">INSURANCE</div>
{dtable(["", "INSURANCE", "PLAN", "POLICY #", "GROUP #", "SUBSCRIBER", "EFF DATE"], [
    ["1", f['insurance_payer'], "PERSONAL CHOICE PPO", f['insurance_member_id'], "1000872", "SELF", D('2025-01-01', 'us')],
    ["2", "", "", "", "", "", ""],
])}
{kvgrid([
    [("INS PHONE", P('8007223114', 'dash')), ("VERIFIED", D('2026-02-10', 'us') + " MTRAN")],
    [("AUTH REQUIRED", "N"), ("AUTH #", "")],
])}
<div class="sec">RELATED ORDERS THIS VISIT</div>
{dtable(["ORDER #", "PROCEDURE", "ORDERED BY", "AUTHORIZING", "PERFORMING DEPT", "DATE"], [
    ["20260211-0045", "XR HANDS BILAT 3V", "HOLMQUIST,A", "HOLMQUIST,A", "RADIOLOGY", D('2026-02-11', 'us')],
    ["20260211-0046", "ANA W/REFLEX", "HOLMQUIST,A", "HOLMQUIST,A", "LAB", D('2026-02-11', 'us')],
    ["20260203-0112", "RHEUMATOID FACTOR", "BEGAYE,C", "HOLMQUIST,A", "LAB", D('2026-02-03', 'us')],
    ["20260203-0113", "CCP ANTIBODY IGG", "BEGAYE,C", "HOLMQUIST,A", "LAB", D('2026-02-03', 'us')],
    ["20260203-0114", "SED RATE / CRP", "BEGAYE,C", "HOLMQUIST,A", "LAB", D('2026-02-03', 'us')],
])}
<div class="sec">LAB RESULTS</div>
{dtable(["TEST", "RESULT", "FLAG", "REF RANGE", "COLLECTED"], [
    ["RHEUMATOID FACTOR", "64 IU/ML", "H", "&lt;14", D('2026-02-03', 'us')],
    ["CCP AB IGG", "&gt;250 U", "H", "&lt;20", D('2026-02-03', 'us')],
    ["SED RATE", "48 MM/HR", "H", "0-30", D('2026-02-03', 'us')],
    ["CRP", "2.9 MG/DL", "H", "&lt;0.8", D('2026-02-03', 'us')],
    ["ANA", "PENDING", "", "", D('2026-02-11', 'us')],
    ["HEP B SURF AG", "NEGATIVE", "", "NEG", D('2026-02-03', 'us')],
])}
<div class="sec">RADIOLOGY</div>
<div class="tx">XR HANDS BILAT 3V - PENDING. PERFORMING: NVFM RADIOLOGY {P('5094889340', 'dash')}. READ BY: (NOT YET READ).</div>
<div class="sec">ROUTING</div>
{kvgrid([
    [("TRANSMITTED TO", "INLAND NW ARTHRITIS CTR"), ("VIA", "FAX " + P('5098381725', 'dash'))],
    [("COPY TO", "BEGAYE,CORINNE PA-C"), ("RETURN NOTES TO", "FAX " + P(f['referring_fax'], 'dash'))],
])}
<div style="margin-top:8px">** CONTINUED ON NEXT PAGE **</div>
{foot(2)}"""
    p3 = ban + f"""
<div class="ttl">*** MEDICATION / PROBLEM LIST ***</div>
<div class="sec">ACTIVE PROBLEMS</div>
{dtable(["PROBLEM", "ICD10", "ONSET", "RECORDED BY"], [
    ["POLYARTHRALGIA", "M25.50", D('2025-10-06', 'us'), "BEGAYE,C"],
    ["HYPOTHYROIDISM", "E03.9", D('2011-03-15', 'us'), "HOLMQUIST,A"],
    ["GASTROESOPHAGEAL REFLUX", "K21.9", D('2018-07-22', 'us'), "HOLMQUIST,A"],
    ["OBESITY BMI 30-30.9", "E66.9", D('2020-01-08', 'us'), "HOLMQUIST,A"],
    ["CARPAL TUNNEL SYNDROME RIGHT", "G56.01", D('2024-04-30', 'us'), "OYAMA,KEN MD (ORTHO)"],
])}
<div class="sec">ACTIVE MEDICATIONS</div>
{dtable(["MEDICATION", "DOSE/ROUTE/FREQ", "START", "PRESCRIBER"], [
    ["NAPROXEN 500 MG TAB", "1 TAB PO BID WITH FOOD", D('2025-10-06', 'us'), "BEGAYE,C"],
    ["PREDNISONE 10 MG TAB", "1 TAB PO DAILY X 14 D", D('2026-02-03', 'us'), "HOLMQUIST,A"],
    ["LEVOTHYROXINE 100 MCG TAB", "1 TAB PO QAM", D('2011-03-15', 'us'), "HOLMQUIST,A"],
    ["OMEPRAZOLE 20 MG CAP", "1 CAP PO DAILY", D('2018-07-22', 'us'), "HOLMQUIST,A"],
    ["CALCIUM + VIT D 600-400", "1 TAB PO BID", D('2022-05-02', 'us'), "HOLMQUIST,A"],
])}
<div class="sec">ALLERGIES</div>
<div class="tx">PENICILLIN (RASH, 1990). NO OTHER KNOWN ALLERGIES.</div>
<div class="sec">VITALS (LAST VISIT {D('2026-02-11', 'us')})</div>
<div class="tx">BP 128/80 &nbsp; P 76 &nbsp; T 98.2 &nbsp; WT 84.1 KG &nbsp; HT 165 CM &nbsp; BMI 30.9</div>
<div class="sec">PHARMACY</div>
<div class="tx">NORTH DIVISION PHARMACY, 4820 N DIVISION ST, SPOKANE WA 99207 &nbsp; PH {P('5094837710', 'dash')}
FAX {P('5094837719', 'dash')}</div>
<div class="sec">IMMUNIZATIONS</div>
<div class="tx">INFLUENZA {D('2025-10-06', 'us')}; COVID-19 {D('2025-10-06', 'us')}; TDAP {D('2019-06-12', 'us')};
PNEUMOCOCCAL - NOT GIVEN; SHINGRIX 1 OF 2 {D('2025-03-18', 'us')}.</div>
<div style="margin-top:10px">*** END OF REPORT ***</div>
{foot(3)}"""
    return dict(html=page("NI06", css, sheet(p1) + sheet(p2) + sheet(p3)), fields=f, pages=3,
                kind="his_monospace_uppercase_referral_order_dotted_labels_related_orders_continuation_med_problem_list_to_rheumatology",
                mode="standard", skew={1: -1.6},
                fax=dict(when="02/11/2026 14:19", name="NW VALLEY FM", number=f["referring_fax"],
                         to="5098381725", fmt="h"))


# ====================================================================== NI07
def ni07():
    """Ambulatory EHR 'Referral Order' in serif with heavy rules (Hartford urgent care -> retina
    ophthalmology), STAT, referring urgent-care physician vs authorizing medical director vs PCP, encounter #
    and account # next to MRN; page 2 is the visit summary (visual acuity, IOP, meds). Page 1 skewed."""
    f = {
        "patient_last_name": "Ferrante",
        "patient_first_name": "Louis",
        "patient_dob": "1961-04-27",
        "patient_sex": "M",
        "patient_phone": "8605290371",
        "patient_mrn": "7730142",
        "insurance_payer": "ConnectiCare",
        "insurance_member_id": "CC1289004471",
        "referring_provider": "Meredith Osei",
        "referring_npi": npi("115573304"),
        "referring_phone": "8605224600",
        "referring_fax": "8605224677",
        "referred_to_specialty": "ophthalmology",
        "referred_to_provider": "Tomasz Wierzbicki",
        "diagnosis_codes": ["H33.001", "H43.811"],
        "reason": "Sudden onset flashes and floaters right eye since this morning with curtain-like shadow over "
                  "superior visual field. Suspected retinal detachment; please see today.",
        "urgency": "stat",
        "referral_date": "2026-03-16",
    }
    css = """
body { font-family: 'Nimbus Roman', 'Liberation Serif', serif; font-size: 9pt; line-height: 1.25; }
.ban { border-top: 4px solid #000; border-bottom: 1.5px solid #000; padding: 3px 0; display:grid;
       grid-template-columns: 2.2in 1fr 1fr 1fr; column-gap: 6px; font-size: 8.5pt; }
.ban .nm { font-size: 12pt; font-weight: bold; }
.hd { display:flex; justify-content:space-between; margin: 4px 0; font-size: 8.5pt; }
.hd b { font-size: 11pt; }
h1 { font-size: 13pt; margin: 6px 0 3px 0; }
h1 .st { border: 2px solid #000; padding: 0 6px; margin-left: 10px; font-size: 11pt; }
h2 { font-size: 9.5pt; margin: 7px 0 2px 0; border-bottom: 2px solid #000; font-variant: small-caps; }
table.kv { width: 100%; table-layout: fixed; }
table.kv td { padding: 1px 3px; vertical-align: top; }
table.kv td.l { width: 1.1in; font-style: italic; }
table.dt { width: 100%; }
table.dt th { text-align:left; border-bottom: 1px solid #000; padding: 1px 3px; font-style: italic; font-weight: normal; }
table.dt td { padding: 1px 3px; vertical-align: top; }
.tx { padding: 1px 3px; }
.lb { font-style: italic; padding: 2px 3px 0 3px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between;
      border-top: 1.5px solid #000; padding-top: 2px; }
"""
    ban = f"""<div class="ban"><div class="nm">FERRANTE, LOUIS P</div><div>MRN: {f['patient_mrn']}</div>
<div>Acct: 601778230</div><div>Enc: E-20260316-0042</div>
<div>{D(f['patient_dob'], 'us')} &nbsp; 64 yr &nbsp; Male</div><div>PCP: Whitlock, Janice APRN</div>
<div>Ins: ConnectiCare</div><div>Allergy: NKDA</div></div>"""

    def foot(n):
        return (f'<div class="ft"><span>Capitol Region Urgent Care - West Hartford</span><span>Printed '
                f'{D("2026-03-16", "us")} 11:52 by dlarkin</span><span>Page {n} of 2</span></div>')

    p1 = ban + f"""
<div class="hd"><span><b>Capitol Region Urgent Care</b><br>965 Farmington Ave, West Hartford, CT 06107</span>
<span style="text-align:right">Tel {P(f['referring_phone'], 'dash')}<br>Fax {P(f['referring_fax'], 'dash')}</span></div>
<h1>Referral Order <span class="st">STAT</span></h1>
{kvgrid([
    [("Order #", "4471820"), ("Order date", D(f['referral_date'], 'us')), ("Order time", "11:31")],
    [("Priority", "Stat - same day"), ("Type", "Outside referral"), ("Status", "Active")],
    [("Encounter #", "E-20260316-0042"), ("Visit date", D('2026-03-16', 'us')), ("Auth #", "CC-RX-552017")],
])}
<h2>Providers</h2>
{dtable(["Role", "Name", "NPI", "Phone", "Fax"], [
    ["Referring", "Osei, Meredith MD", f['referring_npi'], P(f['referring_phone'], 'dash'), P(f['referring_fax'], 'dash')],
    ["Authorizing", "Greco, Paul MD (Medical Director)", npi('197702211'), P('8605224610', 'dash'), P(f['referring_fax'], 'dash')],
    ["PCP", "Whitlock, Janice APRN", npi('145530187'), P('8605617720', 'dash'), P('8605617729', 'dash')],
    ["Refer to", "Wierzbicki, Tomasz MD", npi('132288756'), P('8605214890', 'dash'), P('8605214899', 'dash')],
], widths=["0.9in", "2.5in", "1.1in", "1.3in", "1.3in"])}
{kvgrid([
    [("Specialty", "Ophthalmology - Retina"), ("Practice", "Connecticut Retina Consultants", 2)],
    [("Address", "85 Seymour St, Suite 802, Hartford CT 06106", 3)],
])}
<h2>Diagnoses</h2>
{dtable(["ICD-10-CM", "Description", "Eye"], [
    ["H33.001", "Unspecified retinal detachment with retinal break, right eye", "OD"],
    ["H43.811", "Vitreous degeneration, right eye", "OD"],
], widths=["1in", "5.2in", "1in"])}
<h2>Referral</h2>
<div class="lb">Reason for referral:</div><div class="tx">{esc(f['reason'])}</div>
<div class="lb">Clinical indication:</div><div class="tx">VA OD 20/60 (baseline 20/25), IOP 15/16. Undilated exam limited; no
slit lamp/fundus camera on site.</div>
<div class="lb">Comments:</div><div class="tx">Spoke with Dr. Wierzbicki's triage nurse (Beth) at 11:25 - accepted, patient
to go directly to office. Patient driven by wife; not to drive.</div>
<h2>Patient</h2>
{kvgrid([
    [("Name", "Ferrante, Louis P"), ("Sex", "Male"), ("Birth date", D(f['patient_dob'], 'us'))],
    [("Home phone", P(f['patient_phone'], 'dash')), ("Mobile", "not on file"), ("Language", "English")],
    [("Address", "41 Prospect Hill Dr, Wethersfield CT 06109", 2), ("Contact", "Donna Ferrante (wife) " + P('8605290388', 'dash'))],
])}
<h2>Insurance</h2>
{dtable(["", "Payer", "Plan", "Member ID", "Group", "Subscriber", "Effective"], [
    ["Primary", f['insurance_payer'], "ConnectiCare Choice", f['insurance_member_id'], "C0081", "Louis P Ferrante", D('2025-01-01', 'us')],
])}
<div style="margin-top:8px">Electronically signed by Meredith Osei, MD on {D(f['referral_date'], 'us')} 11:36.
Authorized by Paul Greco, MD {D(f['referral_date'], 'us')} 11:40.</div>
{foot(1)}"""
    p2 = ban + f"""
<h1>Visit Summary</h1>
{kvgrid([
    [("Visit date", D('2026-03-16', 'us')), ("Arrived", "10:48"), ("Seen by", "Osei, Meredith MD")],
    [("Chief complaint", "Flashes/floaters R eye", 2), ("Triage", "Level 2")],
])}
<h2>Eye exam</h2>
{dtable(["", "OD (right)", "OS (left)"], [
    ["Visual acuity (cc)", "20/60", "20/25"],
    ["Pupils", "Round, reactive, no APD", "Round, reactive"],
    ["IOP (tonopen)", "15", "16"],
    ["Confrontation fields", "Superior field defect", "Full"],
    ["External / lids", "Normal", "Normal"],
], widths=["2in", "2.6in", "2.6in"])}
<h2>Vitals</h2>
<div class="tx">BP 142/86 &nbsp; HR 78 &nbsp; T 98.1 F &nbsp; SpO2 98% &nbsp; Wt 88 kg &nbsp; Glucose (POC) 131</div>
<h2>History</h2>
<div class="tx">High myopia (-7.50 OU). Cataract surgery OD {D('2023-09-12', 'us')} (Dr. Aronson, Glastonbury).
Type 2 diabetes (E11.9), hypertension (I10), hyperlipidemia (E78.5). No prior retinal tears.</div>
<h2>Medications</h2>
{dtable(["Medication", "Directions", "Last filled"], [
    ["metformin 1000 mg tablet", "1 tab by mouth twice daily", D('2026-02-20', 'us')],
    ["losartan 50 mg tablet", "1 tab by mouth daily", D('2026-02-20', 'us')],
    ["rosuvastatin 10 mg tablet", "1 tab by mouth at bedtime", D('2026-01-11', 'us')],
    ["tamsulosin 0.4 mg capsule", "1 cap by mouth daily", D('2025-12-30', 'us')],
])}
<h2>Disposition</h2>
<div class="tx">Discharged {D('2026-03-16', 'us')} 11:45 to retina office (same day). Advised to avoid strenuous activity, keep head
elevated. Return precautions given. PCP notified by fax {P('8605617729', 'dash')}. Follow up with Janice Whitlock, APRN in
2 weeks ({D('2026-03-30', 'us')}).</div>
<h2>Other contacts</h2>
<div class="tx">Pharmacy: Wethersfield Drug, {P('8605634120', 'dash')}. Optometrist of record: Eyecare of Newington, {P('8606663300', 'dash')}.</div>
{foot(2)}"""
    return dict(html=page("NI07", css, sheet(p1) + sheet(p2)), fields=f, pages=2,
                kind="ambulatory_ehr_serif_referral_order_stat_provider_role_table_plus_visit_summary_to_ophthalmology",
                mode="fine", skew={1: 0.9},
                fax=dict(when="03/16/2026 11:55", name="CAPITOL REGION UC", number=f["referring_fax"],
                         to="8605214899", fmt="e"))


# ====================================================================== NI08
def ni08():
    """Text-mode consult request from a practice-management system (Raleigh internal medicine ->
    orthopaedic surgery): monospace, label: value pairs in two columns, patient identified by account and
    visit numbers only (no MRN), no priority printed; page 2 is the progress note with distractor dates.
    Lost scan lines on both pages."""
    f = {
        "patient_last_name": "Braswell",
        "patient_first_name": "Tommy",
        "patient_dob": "1958-08-02",
        "patient_sex": "M",
        "patient_phone": "9198267750",
        "insurance_payer": "Aetna",
        "insurance_member_id": "W203377415",
        "referring_provider": "Gregory Lassiter",
        "referring_npi": npi("188014563"),
        "referring_phone": "9197834500",
        "referring_fax": "9197834519",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Ravi Chandrasekhar",
        "diagnosis_codes": ["M17.11", "M25.561"],
        "reason": "Right knee osteoarthritis with persistent pain despite NSAIDs, PT and two steroid injections. "
                  "Evaluate for total knee arthroplasty.",
        "urgency": "routine",
        "referral_date": "2026-02-05",
    }
    css = """
body { font-family: 'Liberation Mono', 'Nimbus Mono PS', monospace; font-size: 8.8pt; line-height: 1.32; }
.ban { border: 1px solid #000; padding: 2px 4px; display:flex; justify-content:space-between; }
pre { font-family: inherit; font-size: inherit; margin: 0; white-space: pre-wrap; }
.rule { border-top: 1px solid #000; margin: 4px 0; }
.c { text-align: center; font-weight: bold; }
table.kv { width: 100%; table-layout: fixed; }
table.kv td { padding: 0 2px; vertical-align: top; }
table.kv td.l { width: 1.45in; }
table.dt { width: 100%; }
table.dt th { text-align: left; font-weight: normal; border-bottom: 1px dashed #000; padding: 0 3px; }
table.dt td { padding: 0 3px; vertical-align: top; }
.h { font-weight: bold; margin-top: 6px; }
.tx { padding-left: 2ch; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between;
      border-top: 1px solid #000; padding-top: 2px; }
"""
    ban = f"""<div class="ban"><span>BRASWELL, TOMMY R</span><span>DOB: {D(f['patient_dob'], 'us')}</span><span>SEX: M</span>
<span>Acct #: 204417</span><span>Visit #: 0093318</span></div>"""

    def foot(n):
        return (f'<div class="ft"><span>Oak City Internal Medicine</span><span>Printed {D("2026-02-05", "us")} 16:40 by '
                f'JHOLLOWAY</span><span>Page {n} of 2</span></div>')

    p1 = ban + f"""
<div class="c" style="margin-top:6px">OAK CITY INTERNAL MEDICINE, PA</div>
<div class="c" style="font-weight:normal">3320 Wake Forest Rd, Suite 200, Raleigh NC 27609</div>
<div class="c" style="font-weight:normal">Phone: {P(f['referring_phone'], 'dot')}   Fax: {P(f['referring_fax'], 'dot')}</div>
<div class="rule"></div>
<div class="c" style="font-size:10.5pt">CONSULTATION REQUEST</div>
<div class="rule"></div>
{kvgrid([
    [("Request Date:", D(f['referral_date'], 'us')), ("Request #:", "CR-260205-014")],
    [("Service:", "Orthopaedic Surgery"), ("Visit Type:", "New patient consult")],
    [("Consultant:", "Ravi Chandrasekhar, MD"), ("Consultant NPI:", npi('176640215'))],
    [("Consultant Group:", "Triangle Bone &amp; Joint"), ("Group Phone:", P('9198721990', 'dot'))],
    [("Group Address:", "2800 Blue Ridge Rd, Raleigh"), ("Group Fax:", P('9198721999', 'dot'))],
])}
<div class="rule"></div>
{kvgrid([
    [("Requesting MD:", "Gregory Lassiter, MD"), ("NPI:", f['referring_npi'])],
    [("Billing Provider:", "Oak City Internal Med PA"), ("Group NPI:", npi('128899310'))],
    [("Supervising:", "n/a"), ("Scheduled By:", "Holloway, Jasmine")],
    [("Usual Provider:", "Dana Whitford, NP"), ("Usual Prov Ph:", P('9197834533', 'dot'))],
])}
<div class="rule"></div>
{kvgrid([
    [("Patient:", "Braswell, Tommy Ray"), ("Birth Date:", D(f['patient_dob'], 'us'))],
    [("Sex:", "Male"), ("Home Phone:", P(f['patient_phone'], 'dot'))],
    [("Address:", "1109 Poole Rd, Raleigh NC 27610"), ("Work Phone:", "retired")],
    [("Guarantor:", "Braswell, Tommy Ray"), ("Guar. Acct #:", "204417")],
    [("Insurance:", f['insurance_payer']), ("Plan:", "Aetna Choice POS II")],
    [("Member ID:", f['insurance_member_id']), ("Group #:", "0861224-10-001")],
    [("Subscriber:", "Self"), ("Eff. Date:", D('2024-01-01', 'us'))],
    [("Sec. Insurance:", "Medicare Part A"), ("Sec. ID:", "1EG4TE5MK73")],
])}
<div class="rule"></div>
<div class="h" style="margin-top:14px">DIAGNOSES (ICD-10):</div>
{dtable(["Code", "Description"], [
    ["M17.11", "Unilateral primary osteoarthritis, right knee"],
    ["M25.561", "Pain in right knee"],
], widths=["1.2in", "6in"])}
<div class="h">REASON FOR REQUEST:</div>
<div class="tx">{esc(f['reason'])}</div>
<div class="h">CLINICAL INDICATION:</div>
<div class="tx">KL grade 4 medial compartment on standing films {D('2026-01-22', 'us')}. Night pain, uses cane.
BMI 31. A1c 6.4.</div>
<div class="h">COMMENTS:</div>
<div class="tx">Last injection {D('2025-12-10', 'us')} (triamcinolone 40 mg) by Dr. Lassiter - 3 weeks relief.
Please send consult note to fax above. Patient would prefer Dr. Chandrasekhar's Garner office.</div>
<div class="rule"></div>
<div>Requested by: Gregory Lassiter, MD   {D(f['referral_date'], 'us')} 16:32</div>
{foot(1)}"""
    p2 = ban + f"""
<div class="c" style="margin-top:6px;font-size:10.5pt">PROGRESS NOTE (ATTACHED)</div>
<div class="rule"></div>
{kvgrid([
    [("Date of Service:", D('2026-02-03', 'us')), ("Provider:", "Gregory Lassiter, MD")],
    [("Visit #:", "0093318"), ("Location:", "Oak City IM - Raleigh")],
])}
<div class="h">CHIEF COMPLAINT:</div>
<div class="tx">Right knee pain, follow up.</div>
<div class="h">HPI:</div>
<div class="tx">67 y/o man with R knee OA since ~2019. PT x 8 visits (Sep-Oct 2025, Raleigh Rehab {P('9195471220', 'dot')}),
meloxicam 15 mg daily, two steroid injections ({D('2025-06-18', 'us')}, {D('2025-12-10', 'us')}). Pain 7/10, worse on stairs,
limits walking to 1 block. Wife (Linda, {P('9198267761', 'dot')}) reports he has stopped golfing.</div>
<div class="h">PAST HISTORY:</div>
{dtable(["Problem", "Code", "Since"], [
    ["Type 2 diabetes, diet controlled", "E11.9", D('2020-03-09', 'us')],
    ["Essential hypertension", "I10", D('2012-11-27', 'us')],
    ["Gout", "M10.9", D('2016-05-02', 'us')],
    ["Obesity", "E66.9", D('2012-11-27', 'us')],
    ["Left knee arthroscopy", "Z98.890", D('2004-08-16', 'us')],
])}
<div class="h">MEDICATIONS:</div>
<div class="tx">meloxicam 15 mg daily; amlodipine 10 mg daily; allopurinol 300 mg daily; acetaminophen 1 g TID PRN.</div>
<div class="h">EXAM:</div>
<div class="tx">BP 134/82, P 72, Wt 104 kg. R knee: varus, small effusion, crepitus, ROM 5-105, medial joint line tenderness.
Stable ligaments. Antalgic gait with cane.</div>
<div class="h">IMAGING:</div>
<div class="tx">XR knee standing 3V {D('2026-01-22', 'us')} (Wake Radiology, read by Dr. P. Nguyen): severe medial joint
space narrowing, subchondral sclerosis and osteophytes R; moderate L.</div>
<div class="h">PLAN:</div>
<div class="tx">Referral to orthopaedic surgery for TKA evaluation. Continue meloxicam; check BMP. Weight loss counseling.
Return 3 months ({D('2026-05-05', 'us')}) with Dana Whitford, NP.</div>
<div class="rule"></div>
<div>Electronically signed: Gregory Lassiter, MD   {D('2026-02-03', 'us')} 17:58</div>
{foot(2)}"""
    return dict(html=page("NI08", css, sheet(p1) + sheet(p2)), fields=f, pages=2,
                kind="text_mode_consult_request_monospace_two_column_pairs_account_visit_no_mrn_no_priority_plus_progress_note_to_orthopedics",
                mode="standard", urgency_printed=False, dropouts={1: 2, 2: 3},
                fax=dict(when="02/05/2026 16:44", name="OAK CITY IM", number=f["referring_fax"],
                         to="9198721999", fmt="f"))


# ====================================================================== NI09
def ni09():
    """Hospital EHR discharge referral packet (Honolulu hospitalist -> urology): banner with MRN / FIN /
    encounter and attending of record, order table with ordering vs attending vs inpatient consultant,
    patient phone 'Not on file', URGENT; page 2 discharge medications and problem list, page 3 the
    hospital course summary with labs and imaging (more physicians and dates). Three pages."""
    f = {
        "patient_last_name": "Kealoha",
        "patient_first_name": "Makana",
        "patient_dob": "1979-06-18",
        "patient_sex": "M",
        "patient_mrn": "H0458813",
        "insurance_payer": "HMSA",
        "insurance_member_id": "HMS301177842",
        "referring_provider": "Kenji Matsuda",
        "referring_npi": npi("150092286"),
        "referring_phone": "8085478200",
        "referring_fax": "8085478216",
        "referred_to_specialty": "urology",
        "referred_to_provider": "Stephen Yoshimura",
        "diagnosis_codes": ["N20.1", "N13.2"],
        "reason": "6 mm left proximal ureteral stone with moderate hydronephrosis, pain controlled, discharged on "
                  "tamsulosin. Needs urology visit within 1 week for possible ureteroscopy.",
        "urgency": "urgent",
        "referral_date": "2026-03-12",
    }
    css = """
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 7.8pt; line-height: 1.28; }
.ban { border: 2px solid #000; display:grid; grid-template-columns: 2in 1fr 1fr 1fr; }
.ban div { padding: 1px 4px; border-right: 1px solid #000; }
.ban div:nth-child(4n) { border-right: none; }
.ban .nm { font-size: 10.5pt; font-weight: bold; }
.org { display:flex; justify-content:space-between; margin: 4px 0; font-size: 7.8pt; }
.org b { font-size: 10pt; }
h1 { font-size: 11pt; margin: 5px 0 2px 0; background: #000; color: #fff; padding: 1px 5px; }
h2 { font-size: 8.3pt; margin: 6px 0 2px 0; border-bottom: 1.5px solid #000; text-transform: uppercase; }
table.kv { width: 100%; table-layout: fixed; }
table.kv td { padding: 1px 3px; vertical-align: top; border-bottom: 1px solid #ddd; }
table.kv td.l { width: 0.95in; font-weight: bold; font-size: 7.3pt; }
table.dt { width: 100%; }
table.dt th { text-align:left; font-size: 7.3pt; background: #ddd; border: 1px solid #000; padding: 1px 3px; }
table.dt td { border: 1px solid #000; padding: 1px 3px; vertical-align: top; }
.tx { padding: 1px 3px; }
.lb { font-weight: bold; font-size: 7.5pt; padding: 3px 3px 0 3px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between;
      border-top: 1px solid #000; padding-top: 2px; }
"""
    ban = f"""<div class="ban"><div class="nm">KEALOHA, MAKANA K</div><div>MRN: {f['patient_mrn']}</div>
<div>FIN: 90022817645</div><div>Enc: 6617002</div>
<div>DOB: {D(f['patient_dob'], 'us')} &nbsp;46Y &nbsp;M</div><div>Adm: {D('2026-03-10', 'us')}</div>
<div>Disch: {D('2026-03-12', 'us')}</div><div>Attending: Furtado, Leilani MD</div></div>"""

    def foot(n):
        return (f'<div class="ft"><span>Makai Medical Center &middot; Honolulu HI</span><span>Printed: {D("2026-03-12", "us")} '
                f'14:55 HST &middot; User: PNAKAMURA &middot; Workstation MMC-4W-07</span><span>Page {n} of 3</span></div>')

    p1 = ban + f"""
<div class="org"><div><b>Makai Medical Center</b> &middot; Hospital Medicine Service<br>1380 Lusitana St, Honolulu HI 96813</div>
<div style="text-align:right">Hospitalist office {P(f['referring_phone'], 'dash')}<br>Hospitalist fax {P(f['referring_fax'], 'dash')}
&middot; HIM fax {P('8085478390', 'dash')}</div></div>
<h1>DISCHARGE REFERRAL - AMBULATORY REFERRAL TO UROLOGY</h1>
<h2>Order details</h2>
{dtable(["Order #", "Order", "Ordered by", "Authorizing provider", "Performing dept", "Priority", "Order date"], [
    ["ORD-7731954", "Ambulatory referral to Urology", "Matsuda, Kenji MD", "Matsuda, Kenji MD", "Pacific Urology Associates", "URGENT", D(f['referral_date'], 'us')],
    ["ORD-7731951", "CT abdomen/pelvis w/o contrast (stone protocol)", "Akana, Ryan DO (ED)", "Akana, Ryan DO", "Radiology", "STAT", D('2026-03-10', 'us')],
    ["ORD-7731960", "Urine culture", "Matsuda, Kenji MD", "Furtado, Leilani MD", "Micro Lab", "Routine", D('2026-03-11', 'us')],
])}
<h2>Providers</h2>
{kvgrid([
    [("Referring provider", "Matsuda, Kenji MD (Hospitalist)"), ("Referring NPI", f['referring_npi']), ("Ref. phone / fax", P(f['referring_phone'], 'dash') + " / " + P(f['referring_fax'], 'dash'))],
    [("Attending of record", "Furtado, Leilani MD"), ("Attending NPI", npi('119038827')), ("Inpt consultant", "Whitby, Aaron MD (Urology)")],
    [("PCP", "Ching, Noelani MD"), ("PCP phone", P('8085953300', 'dash')), ("PCP fax", P('8085953311', 'dash'))],
    [("Refer to", "Yoshimura, Stephen MD"), ("Refer to NPI", npi('163309147')), ("Specialty", "Urology")],
    [("Location", "Pacific Urology Associates, 1329 Lusitana St #407, Honolulu HI 96813", 2), ("Loc. phone / fax", P('8085219900', 'dash') + " / " + P('8085219909', 'dash'))],
])}
<h2>Diagnoses for this referral</h2>
{dtable(["Code", "Description", "Type"], [
    ["N20.1", "Calculus of ureter", "Principal"],
    ["N13.2", "Hydronephrosis with renal and ureteral calculous obstruction", "Secondary"],
], widths=["0.9in", "5.2in", "1.1in"])}
<h2>Referral information</h2>
<div class="lb">Referral reason</div><div class="tx">{esc(f['reason'])}</div>
<div class="lb">Clinical indication</div><div class="tx">Obstructing ureteral calculus; creatinine peaked 1.6, now 1.1. Afebrile, UA
without nitrites, culture pending.</div>
<div class="lb">Comments</div><div class="tx">Seen inpatient by Dr. Whitby {D('2026-03-11', 'us')}, who recommended trial of passage and
outpatient follow-up. Strain urine. Return to ED for fever, intractable pain or vomiting.</div>
<h2>Patient</h2>
{kvgrid([
    [("Name", "Kealoha, Makana K"), ("DOB", D(f['patient_dob'], 'us')), ("Sex", "Male")],
    [("Home phone", "Not on file"), ("Mobile phone", "Not on file"), ("Language", "English")],
    [("Address", "94-1021 Waipahu St, Waipahu HI 96797", 2), ("Contact", "Kaimana Kealoha (spouse), via ED callback")],
])}
<h2>Coverage</h2>
{dtable(["Rank", "Payer", "Plan", "Subscriber ID", "Group", "Subscriber", "Relationship", "Effective"], [
    ["1", f['insurance_payer'], "HMSA PPO", f['insurance_member_id'], "00421-7", "Kealoha, Kaimana", "Spouse", D('2025-07-01', 'us')],
])}
<div style="margin-top:6px">Signed: Kenji Matsuda, MD &middot; {D(f['referral_date'], 'us')} 13:58 HST</div>
{foot(1)}"""
    p2 = ban + f"""
<h1>DISCHARGE MEDICATIONS AND PROBLEM LIST (continued)</h1>
<h2>Discharge medications</h2>
{dtable(["Medication", "Instructions", "Status", "Prescriber"], [
    ["tamsulosin 0.4 mg capsule", "Take 1 capsule by mouth daily until stone passes or urology visit", "NEW", "Matsuda, Kenji MD"],
    ["oxycodone 5 mg tablet", "1 tablet every 6 hours as needed for severe pain, max 10 tablets", "NEW", "Matsuda, Kenji MD"],
    ["ketorolac 10 mg tablet", "1 tablet every 6 hours as needed for pain, 5 days max", "NEW", "Matsuda, Kenji MD"],
    ["ondansetron ODT 4 mg", "1 tablet every 8 hours as needed for nausea", "NEW", "Akana, Ryan DO"],
    ["lisinopril 10 mg tablet", "Take 1 tablet by mouth daily - HOLD until urology visit", "CHANGED", "Ching, Noelani MD"],
    ["omeprazole 20 mg capsule", "Take 1 capsule daily", "CONTINUE", "Ching, Noelani MD"],
])}
<h2>Hospital problem list</h2>
{dtable(["Problem", "ICD-10-CM", "Noted", "Status"], [
    ["Ureteral stone, left proximal, 6 mm", "N20.1", D('2026-03-10', 'us'), "Active"],
    ["Hydronephrosis with obstruction", "N13.2", D('2026-03-10', 'us'), "Active"],
    ["Acute kidney injury", "N17.9", D('2026-03-10', 'us'), "Resolved"],
    ["Essential hypertension", "I10", D('2019-02-14', 'us'), "Chronic"],
    ["Gastroesophageal reflux", "K21.9", D('2021-08-30', 'us'), "Chronic"],
    ["Prior renal colic", "Z87.442", D('2017-05-03', 'us'), "History"],
])}
<h2>Follow-up appointments</h2>
{dtable(["With", "When", "Where", "Phone"], [
    ["Yoshimura, Stephen MD (Urology)", "Within 1 week - office to call patient", "Pacific Urology Associates", P('8085219900', 'dash')],
    ["Ching, Noelani MD (PCP)", D('2026-03-24', 'us') + " 9:30 AM", "Kalihi Family Health", P('8085953300', 'dash')],
    ["Lab draw (BMP)", D('2026-03-17', 'us'), "Any MMC lab", P('8085478500', 'dash')],
])}
<h2>Allergies</h2>
<div class="tx">Shellfish (hives). Iodinated contrast - premedicate (reaction {D('2017-05-03', 'us')}).</div>
<h2>Discharge instructions</h2>
<div class="tx">Drink 2-3 L of fluid daily. Strain all urine and bring any stone to the urology visit. No heavy lifting for 1 week.
Call the hospitalist office at {P(f['referring_phone'], 'dash')} with questions before your urology visit; after hours call
the nurse advice line {P('8085478000', 'dash')}.</div>
<h2>Condition at discharge</h2>
<div class="tx">Stable. Ambulating independently. Pain 2/10 on oral regimen. Discharged home with spouse {D('2026-03-12', 'us')} 14:30.</div>
{foot(2)}"""
    p3 = ban + f"""
<h1>HOSPITAL COURSE SUMMARY (continued)</h1>
{kvgrid([
    [("Admit date", D('2026-03-10', 'us')), ("Discharge date", D('2026-03-12', 'us')), ("LOS", "2 days")],
    [("Admitted by", "Furtado, Leilani MD"), ("Admit source", "Emergency Dept"), ("ED physician", "Akana, Ryan DO")],
    [("Discharged by", "Matsuda, Kenji MD"), ("Disposition", "Home"), ("Unit", "4 West")],
])}
<h2>Hospital course</h2>
<div class="tx">46-year-old man presented {D('2026-03-10', 'us')} with acute left flank pain radiating to the groin, vomiting and
gross hematuria. CT showed a 6 mm left proximal ureteral calculus with moderate hydronephrosis and perinephric stranding.
Creatinine 1.6 (baseline 0.9). Treated with IV fluids, ketorolac and ondansetron. Urology (Dr. Whitby) consulted: no
indication for emergent decompression as afebrile with normal WBC; recommended medical expulsive therapy and close
outpatient follow-up. Creatinine improved to 1.1 on {D('2026-03-12', 'us')}.</div>
<h2>Labs</h2>
{dtable(["Test", D('2026-03-10', 'us'), D('2026-03-11', 'us'), D('2026-03-12', 'us'), "Ref range"], [
    ["Creatinine (mg/dL)", "1.6 H", "1.3 H", "1.1", "0.7-1.3"],
    ["BUN (mg/dL)", "24 H", "19", "15", "7-20"],
    ["Potassium (mmol/L)", "4.1", "4.0", "4.2", "3.5-5.1"],
    ["WBC (K/uL)", "10.2", "8.7", "7.9", "4.0-11.0"],
    ["UA blood", "Large", "-", "-", "Negative"],
    ["UA nitrite / LE", "Neg / Trace", "-", "-", "Negative"],
    ["Urine culture", "-", "Pending", "No growth 24h", ""],
])}
<h2>Imaging</h2>
<div class="tx"><b>CT ABDOMEN/PELVIS WITHOUT CONTRAST</b> {D('2026-03-10', 'us')} 03:12 &middot; Acc CT-26-118804 &middot; Read by
Tanaka, Grace MD (Radiology, {P('8085478600', 'dash')})<br>IMPRESSION: 6 x 5 mm calculus in the left proximal ureter with moderate
hydronephrosis and perinephric stranding. Two nonobstructing right renal calculi, largest 3 mm. No other acute process.</div>
<h2>Consults</h2>
<div class="tx">Urology - Whitby, Aaron MD, {D('2026-03-11', 'us')}: trial of passage, tamsulosin, outpatient ureteroscopy if
not passed in 1-2 weeks or earlier if symptoms recur. Note available in chart.</div>
<h2>Pending results at discharge</h2>
<div class="tx">Urine culture (final) - results will be routed to Matsuda, Kenji MD and PCP Ching, Noelani MD.</div>
<div style="margin-top:8px">Dictated by Kenji Matsuda, MD {D('2026-03-12', 'us')} 13:40 HST; transcribed {D('2026-03-12', 'us')} 14:20 (job 55180273).</div>
{foot(3)}"""
    return dict(html=page("NI09", css, sheet(p1) + sheet(p2) + sheet(p3)), fields=f, pages=3,
                kind="hospital_ehr_discharge_referral_packet_order_table_attending_vs_referring_no_patient_phone_plus_meds_course_to_urology",
                mode="fine",
                fax=dict(when="03/12/2026 15:02", name="MAKAI MED CTR HIM", number="8085478390",
                         to="8085219909", fmt="g"))


# ====================================================================== NI10
def ni10():
    """Billing/practice-management 'Referral Authorization Request' (Madison pediatrics -> allergy and
    immunology): compact four-column label:value grid, encounter and claim numbers, coverage table saying no
    active coverage on file (payer and member ID not carried), guarantor with its own phone. One page,
    skewed."""
    f = {
        "patient_last_name": "Xiong",
        "patient_first_name": "Kia",
        "patient_dob": "2015-10-07",
        "patient_sex": "F",
        "patient_phone": "6082219047",
        "patient_mrn": "551208",
        "referring_provider": "Samuel Ostrowski",
        "referring_npi": npi("131170458"),
        "referring_phone": "6082718800",
        "referring_fax": "6082718849",
        "referred_to_specialty": "allergy",
        "referred_to_provider": "Farah Siddiqui",
        "diagnosis_codes": ["Z91.010", "J30.2", "J45.20"],
        "reason": "Hives and lip swelling after peanut butter exposure; seasonal rhinitis and mild intermittent "
                  "asthma. Please evaluate for food allergy testing and epinephrine auto-injector teaching.",
        "urgency": "routine",
        "referral_date": "2026-01-19",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; line-height: 1.3; }
.top { display:flex; justify-content:space-between; border-bottom: 2px solid #000; padding-bottom: 3px; }
.top b { font-size: 11pt; }
.ban { background: #e2e2e2; border: 1px solid #000; margin-top: 4px; padding: 2px 5px; display:flex; justify-content:space-between; }
.ban b { font-size: 9.5pt; }
.ttl { font-size: 12pt; font-weight: bold; margin: 6px 0 2px 0; }
.sec { font-weight:bold; font-size: 8.3pt; margin-top: 6px; padding: 1px 3px; border: 1px solid #000; border-bottom: none;
       background: #f0f0f0; }
table.kv { width: 100%; table-layout: fixed; border: 1px solid #000; }
table.kv td { padding: 1px 3px; vertical-align: top; border: 1px solid #aaa; }
table.kv td.l { width: 0.9in; font-size: 7.3pt; background: #f4f4f4; }
table.dt { width: 100%; border: 1px solid #000; }
table.dt th { text-align:left; font-size: 7.3pt; border: 1px solid #000; padding: 1px 3px; background:#e6e6e6; }
table.dt td { padding: 1px 3px; border: 1px solid #aaa; vertical-align: top; }
.tx { border: 1px solid #000; padding: 2px 4px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between;
      border-top: 1px solid #000; padding-top: 2px; }
"""
    body = f"""
<div class="top"><div><b>Isthmus Pediatrics, S.C.</b><br>2275 Deming Way, Suite 150, Middleton WI 53562</div>
<div style="text-align:right">Ph {P(f['referring_phone'], 'paren')} &nbsp; Fx {P(f['referring_fax'], 'paren')}<br>Tax ID 39-1877204 &nbsp; Group NPI {npi('149905527')}</div></div>
<div class="ban"><span><b>XIONG, KIA</b> &nbsp; F &nbsp; {D(f['patient_dob'], 'us')} (10 y)</span><span>MRN {f['patient_mrn']}</span>
<span>Chart # XION0004</span><span>Enc # 30077615</span><span>Claim # 1172093</span></div>
<div class="ttl">Referral / Authorization Request</div>
<div class="sec">Referral</div>
{kvgrid([
    [("Referral date", D(f['referral_date'], 'us')), ("Referral #", "IP-26-00318"), ("Priority", "Routine"), ("Status", "Open")],
    [("Specialty", "Allergy &amp; Immunology"), ("Visits", "3"), ("Valid from", D('2026-01-19', 'us')), ("Valid to", D('2026-07-19', 'us'))],
    [("Auth #", ""), ("Place of svc", "11 - Office"), ("Created by", "mvang"), ("Service date", D('2026-01-16', 'us'))],
])}
<div class="sec">Referring / Rendering / Refer-to</div>
{kvgrid([
    [("Referring", "Samuel Ostrowski, MD"), ("NPI", f['referring_npi']), ("Phone", P(f['referring_phone'], 'paren')), ("Fax", P(f['referring_fax'], 'paren'))],
    [("Rendering", "Abigail Thorson, PA-C"), ("NPI", npi('172204956')), ("Supervising", "Samuel Ostrowski, MD"), ("Billing", "Isthmus Pediatrics")],
    [("Refer to", "Farah Siddiqui, MD"), ("NPI", npi('110047731')), ("Phone", P('6082630900', 'paren')), ("Fax", P('6082630911', 'paren'))],
    [("Facility", "Capital Area Allergy &amp; Asthma Clinic, 5 Science Ct, Madison WI 53711", 4)],
])}
<div class="sec">Patient</div>
{kvgrid([
    [("Last name", "Xiong"), ("First name", "Kia"), ("DOB", D(f['patient_dob'], 'us')), ("Sex", "Female")],
    [("Home phone", P(f['patient_phone'], 'paren')), ("Cell phone", ""), ("Language", "Hmong / English"), ("Interpreter", "Yes - Hmong")],
    [("Address", "4710 Tokay Blvd Apt 3, Madison WI 53711", 2), ("Guarantor", "Xiong, Tou (father)"), ("Guar. phone", P('6083345512', 'paren'))],
])}
<div class="sec">Coverage</div>
{dtable(["Seq", "Carrier", "Plan", "Policy #", "Group #", "Insured", "Eff. date", "Term date"], [
    ["1", "No active coverage on file", "", "", "", "", "", ""],
    ["2", "", "", "", "", "", "", ""],
])}
<div style="font-size:7.3pt;padding:1px 3px">Eligibility check {D('2026-01-16', 'us')}: BadgerCare Plus coverage terminated {D('2025-12-31', 'us')}. Family
referred to financial counselor ({P('6082718815', 'paren')}). Self-pay discount applies until coverage is re-established.</div>
<div class="sec">Diagnosis codes</div>
{dtable(["#", "ICD-10", "Description", "Pointer"], [
    ["1", "Z91.010", "Allergy to peanuts", "A"],
    ["2", "J30.2", "Other seasonal allergic rhinitis", "B"],
    ["3", "J45.20", "Mild intermittent asthma, uncomplicated", "C"],
], widths=["0.3in", "0.9in", "5in", "0.9in"])}
<div class="sec">Referral reason</div>
<div class="tx">{esc(f['reason'])}</div>
<div class="sec">Clinical indication</div>
<div class="tx">Urticaria and lip angioedema within 10 min of peanut butter on {D('2026-01-11', 'us')}; treated at urgent care with
diphenhydramine. No respiratory symptoms. Albuterol use ~2x/month in spring.</div>
<div class="sec">Comments</div>
<div class="tx">Family needs Hmong interpreter. Mother (Mai Xiong, {P('6083345519', 'paren')}) prefers afternoon appointments after school.
Epinephrine 0.15 mg auto-injector prescribed {D('2026-01-16', 'us')} by Abigail Thorson, PA-C.</div>
<div class="sec">Procedures / charges this encounter</div>
{dtable(["DOS", "CPT", "Description", "Dx ptr", "Units", "Rendering"], [
    [D('2026-01-16', 'us'), "99214", "Office/outpatient visit, est., moderate", "ABC", "1", "Thorson, Abigail PA-C"],
    [D('2026-01-16', 'us'), "94640", "Nebulizer/inhaler demonstration", "C", "1", "Thorson, Abigail PA-C"],
])}
<div style="margin-top:8px">Authorized/signed: Samuel Ostrowski, MD &nbsp; {D(f['referral_date'], 'us')} 08:12 AM</div>
<div class="ft"><span>XIONG, KIA &nbsp; MRN {f['patient_mrn']}</span><span>Run {D('2026-01-19', 'us')} 08:15 AM &nbsp; by MVANG &nbsp; rpt REFAUTH01</span>
<span>Page 1 of 1</span></div>"""
    return dict(html=page("NI10", css, sheet(body)), fields=f, pages=1,
                kind="billing_practice_management_referral_authorization_request_four_column_grid_no_coverage_to_allergy",
                mode="standard", skew={1: -1.1},
                fax=dict(when="01/19/2026 08:20", name="ISTHMUS PEDS", number=f["referring_fax"],
                         to="6082630911", fmt="a"))
