"""NW01-NW05 document builders. Each returns dict(html, fields, pages, kind, mode[, noise_npis])."""
import textwrap
from common import npi, P, D, page, sheet, box, esc


# ====================================================================== NW01
def nw01():
    """Hospital discharge planner's post-discharge outpatient referral (two-row grid) + med rec."""
    f = {
        "patient_last_name": "Drummond",
        "patient_first_name": "Wallace",
        "patient_dob": "1949-02-14",
        "patient_sex": "M",
        "patient_phone": "7172384619",
        "patient_mrn": "004471829",
        "insurance_payer": "UPMC for Life",
        "insurance_member_id": "80044721903",
        "referring_provider": "Lionel Abernathy",
        "referring_npi": npi("172904458"),
        "referring_phone": "7177825100",
        "referring_fax": "7177825189",
        "referred_to_specialty": "neurology",
        "referred_to_provider": "Aisha Rahimi",
        "diagnosis_codes": ["I63.412", "I48.91"],
        "reason": "Hospital follow-up after left MCA embolic stroke: assess residual expressive aphasia and right arm weakness and review secondary prevention",
        "urgency": "urgent",
        "referral_date": "2026-10-09",
    }
    pcp_npi = npi("160338127")
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; }
.top { display:flex; justify-content:space-between; align-items:flex-end; margin-top:6px; }
.top .h { font-size:13pt; font-weight:bold; }
.top .sub { font-size:8.5pt; }
.formno { font-size:7.5pt; text-align:right; }
.title { margin-top:6px; border:2px solid #000; text-align:center; font-weight:bold; font-size:12pt; padding:3px; letter-spacing:0.5px; }
table.g { width:100%; margin-top:-1px; table-layout:fixed; }
table.g td { border:1px solid #000; padding:1px 4px 2px 4px; vertical-align:top; }
table.g tr.lab td { font-size:6.8pt; font-weight:bold; text-transform:uppercase; border-bottom:none; padding-top:2px; }
table.g tr.val td { border-top:none; font-size:10pt; height:0.27in; }
.sec { margin-top:7px; background:#000; color:#fff; font-weight:bold; font-size:8.5pt; padding:1px 5px; letter-spacing:1px; }
.note { font-size:8pt; margin-top:4px; }
.sig { display:flex; gap:30px; margin-top:14px; }
.sig div { flex:1; border-top:1px solid #000; font-size:7.5pt; padding-top:1px; }
.foot { position:absolute; bottom:0.3in; left:0.55in; right:0.55in; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
table.m { width:100%; margin-top:4px; }
table.m th { border-bottom:1.5px solid #000; text-align:left; font-size:8pt; padding:2px 4px; }
table.m td { border-bottom:1px solid #000; padding:3px 4px; font-size:9pt; vertical-align:top; }
"""
    hdr = "10/09/2026 16:52  7177825189  SCRMC CARE MGMT"
    p1 = f"""
<div class="top">
 <div><div class="h">St. Columba Regional Medical Center</div>
 <div class="sub">Care Coordination &amp; Discharge Planning &middot; 1200 N Front Street, Harrisburg, PA 17102</div>
 <div class="sub">Hospital Operator {P('7177825000','dash')} &middot; Care Mgmt Fax {P(f['referring_fax'],'dash')}</div></div>
 <div class="formno">Form SCRMC-CM-114 (Rev. 03/25)<br>Page 1 of 2</div>
</div>
<div class="title">POST-DISCHARGE OUTPATIENT SPECIALTY REFERRAL</div>

<div class="sec">1 &nbsp;BENEFICIARY</div>
<table class="g">
<colgroup><col style="width:24%"><col style="width:22%"><col style="width:6%"><col style="width:17%"><col style="width:8%"><col style="width:23%"></colgroup>
<tr class="lab"><td>Last name</td><td>First name</td><td>MI</td><td>Date of birth</td><td>Sex</td><td>Hospital MRN</td></tr>
<tr class="val"><td>DRUMMOND</td><td>WALLACE</td><td>T</td><td>{D(f['patient_dob'],'us_short')}</td><td>M</td><td>{f['patient_mrn']}</td></tr>
</table>
<table class="g">
<colgroup><col style="width:20%"><col style="width:26%"><col style="width:54%"></colgroup>
<tr class="lab"><td>Home phone</td><td>Alternate contact</td><td>Discharge address</td></tr>
<tr class="val"><td>{P(f['patient_phone'],'paren')}</td><td>{P('7179540372','paren')} (dtr. Karen)</td><td>63 Linglestown Rd, Apt 2, Harrisburg, PA 17112</td></tr>
</table>
<table class="g">
<colgroup><col style="width:18%"><col style="width:15%"><col style="width:15%"><col style="width:52%"></colgroup>
<tr class="lab"><td>Account #</td><td>Admit date</td><td>Discharge date</td><td>Unit / Room</td></tr>
<tr class="val"><td>HA-260927714</td><td>{D('2026-10-04','us_short_yy')}</td><td>{D('2026-10-10','us_short_yy')} (anticipated)</td><td>4 West Neuro / Stroke Unit, 4112-B</td></tr>
</table>

<div class="sec">2 &nbsp;COVERAGE</div>
<table class="g">
<colgroup><col style="width:28%"><col style="width:22%"><col style="width:28%"><col style="width:22%"></colgroup>
<tr class="lab"><td>Primary payer</td><td>Member / Policy #</td><td>Secondary payer</td><td>Secondary ID</td></tr>
<tr class="val"><td>{f['insurance_payer']}</td><td>{f['insurance_member_id']}</td><td>PA Medical Assistance (ACCESS)</td><td>9102837465</td></tr>
</table>

<div class="sec">3 &nbsp;SENDING CLINICIAN (ATTENDING OF RECORD)</div>
<table class="g">
<colgroup><col style="width:30%"><col style="width:18%"><col style="width:17%"><col style="width:17%"><col style="width:18%"></colgroup>
<tr class="lab"><td>Name / credentials</td><td>NPI</td><td>Phone</td><td>Fax</td><td>Service</td></tr>
<tr class="val"><td>Lionel B. Abernathy, MD</td><td>{f['referring_npi']}</td><td>{P(f['referring_phone'],'dash')}</td><td>{P(f['referring_fax'],'dash')}</td><td>Hospital Medicine</td></tr>
</table>
<table class="g">
<colgroup><col style="width:30%"><col style="width:35%"><col style="width:35%"></colgroup>
<tr class="lab"><td>Primary care physician</td><td>PCP practice</td><td>PCP phone / fax</td></tr>
<tr class="val"><td>Marisol Teague, MD (NPI {pcp_npi})</td><td>Hershey Family Practice</td><td>{P('7175330248','dash')} / {P('7175330251','dash')}</td></tr>
</table>

<div class="sec">4 &nbsp;REFERRAL TO</div>
<table class="g">
<colgroup><col style="width:20%"><col style="width:30%"><col style="width:30%"><col style="width:20%"></colgroup>
<tr class="lab"><td>Specialty</td><td>Consultant requested</td><td>Practice / location</td><td>Phone / Fax</td></tr>
<tr class="val"><td>Neurology (Stroke Clinic)</td><td>Aisha Rahimi, MD</td><td>Susquehanna Neurology Associates, 4300 Londonderry Rd, Harrisburg</td><td>{P('7176529040','dash')}<br>F {P('7176529047','dash')}</td></tr>
</table>
<table class="g">
<colgroup><col style="width:50%"><col style="width:50%"></colgroup>
<tr class="lab"><td>Priority</td><td>Requested appointment window</td></tr>
<tr class="val"><td>{box(False)} Routine &nbsp; {box(True)} <b>Urgent</b> &nbsp; {box(False)} STAT</td><td>Within 7 days of discharge (by 10/17/26)</td></tr>
</table>
<table class="g">
<colgroup><col style="width:16%"><col style="width:84%"></colgroup>
<tr class="lab"><td>ICD-10</td><td>Problem (discharge diagnosis)</td></tr>
<tr class="val"><td>I63.412<br>I48.91</td><td>Cerebral infarction due to embolism of left middle cerebral artery<br>Atrial fibrillation, unspecified (new this admission)</td></tr>
</table>
<table class="g">
<tr class="lab"><td>Indication / question for consultant</td></tr>
<tr class="val"><td style="height:0.42in">{f['reason']}.</td></tr>
</table>
<div class="note">Hospital course: presented 10/4/26 with acute aphasia and R arm weakness, NIHSS 6; tPA not given (outside window). MRI: acute L MCA territory infarcts. New AF on telemetry, started apixaban 10/6/26. Speech therapy and OT following; discharge home with outpatient SLP.</div>

<table style="width:100%; margin-top:6px; font-size:9pt"><tr>
<td>Date of referral: <b>{D(f['referral_date'],'us_short_yy')}</b></td>
<td>Prepared by: Bethany Kreider, RN, CCM &mdash; direct {P('7177825163','dash')}, pager 4417</td></tr></table>
<div class="sig"><div>Attending signature</div><div>Date / time</div><div>Discharge planner signature</div></div>
<div class="foot"><span>Printed {D('2026-10-09','us_short_yy')} 16:41 by BKREIDER</span><span>CONFIDENTIAL &mdash; contains PHI</span><span>SCRMC-CM-114</span></div>
"""
    p2 = f"""
<div class="top"><div><div class="h">St. Columba Regional Medical Center</div>
<div class="sub">DISCHARGE MEDICATION RECONCILIATION &mdash; for receiving provider</div></div>
<div class="formno">DRUMMOND, WALLACE T &middot; MRN {f['patient_mrn']}<br>Page 2 of 2</div></div>
<table class="m">
<tr><th>Medication</th><th>Dose / route / frequency</th><th>NDC</th><th>Status</th><th>Last given</th></tr>
<tr><td>Apixaban (Eliquis)</td><td>5 mg PO twice daily</td><td>0003-0894-21</td><td>NEW</td><td>10/9/26 09:00</td></tr>
<tr><td>Atorvastatin</td><td>80 mg PO at bedtime</td><td>0071-0158-23</td><td>CHANGED (was 20 mg)</td><td>10/8/26 21:00</td></tr>
<tr><td>Metoprolol succinate ER</td><td>50 mg PO daily</td><td>0186-1092-05</td><td>NEW</td><td>10/9/26 09:00</td></tr>
<tr><td>Amlodipine</td><td>5 mg PO daily</td><td>0069-1530-68</td><td>CONTINUED</td><td>10/9/26 09:00</td></tr>
<tr><td>Aspirin</td><td>81 mg PO daily</td><td>&mdash;</td><td>STOPPED (on apixaban)</td><td>10/5/26 09:00</td></tr>
<tr><td>Tamsulosin</td><td>0.4 mg PO daily</td><td>0597-0058-01</td><td>CONTINUED</td><td>10/8/26 21:00</td></tr>
</table>
<p style="font-size:9pt"><b>Allergies:</b> Sulfa antibiotics (rash). &nbsp; <b>Code status:</b> Full code.</p>

<div class="sec">PERTINENT RESULTS</div>
<table class="m">
<tr><th>Study</th><th>Date</th><th>Result</th></tr>
<tr><td>MRI brain w/o contrast</td><td>10/4/26</td><td>Multiple acute infarcts L MCA territory (frontal operculum, insula); no hemorrhage</td></tr>
<tr><td>CTA head/neck</td><td>10/4/26</td><td>No large-vessel occlusion; &lt;30% L ICA stenosis</td></tr>
<tr><td>TTE</td><td>10/6/26</td><td>LVEF 55&ndash;60%, LA moderately dilated, no thrombus seen</td></tr>
<tr><td>Lipid panel</td><td>10/5/26</td><td>LDL 142 mg/dL, HDL 38, TG 176</td></tr>
<tr><td>Hemoglobin A1c</td><td>10/5/26</td><td>6.1 %</td></tr>
</table>

<div class="sec">OTHER FOLLOW-UP ARRANGED</div>
<table class="m">
<tr><th>With</th><th>When</th><th>Phone</th></tr>
<tr><td>Marisol Teague, MD (PCP)</td><td>10/16/26 10:20 AM</td><td>{P('7175330248','dash')}</td></tr>
<tr><td>Outpatient speech-language pathology, SCRMC Rehab</td><td>10/14/26 1:00 PM</td><td>{P('7177826620','dash')}</td></tr>
<tr><td>Anticoagulation education (pharmacy)</td><td>Completed 10/8/26</td><td>&mdash;</td></tr>
</table>
<p style="font-size:8.5pt; margin-top:10px">Reconciled by: Thomas Yoder, PharmD, 10/9/26 15:10. &nbsp; Reviewed with patient and daughter; written copy given.</p>
<div class="foot"><span>Printed {D('2026-10-09','us_short_yy')} 16:41 by BKREIDER</span><span>CONFIDENTIAL &mdash; contains PHI</span><span>SCRMC-PHARM-22</span></div>
"""
    html = page("NW01", css, [sheet(p1, hdr + "|PAGE 01/02"), sheet(p2, hdr + "|PAGE 02/02")])
    return dict(html=html, fields=f, pages=2, mode="fine", noise_npis=[pcp_npi],
                kind="hospital_discharge_planner_referral_two_row_grid_with_med_rec")


# ====================================================================== NW02
def nw02():
    """Dialysis unit nephrology transfer: fax cover + monospace transfer printout + lab flowsheet."""
    f = {
        "patient_last_name": "Kowalczyk",
        "patient_first_name": "Bernadette",
        "patient_dob": "1957-03-27",
        "patient_sex": "F",
        "patient_phone": "5203184472",
        "patient_mrn": "SDC-00873",
        "insurance_payer": "Medicare",
        "insurance_member_id": "4TQ8JK2RM61",
        "referring_provider": "Rajesh Venkataraman",
        "referring_npi": npi("118826047"),
        "referring_phone": "5207904400",
        "referring_fax": "5207904409",
        "referred_to_specialty": "nephrology",
        "referred_to_provider": "Tobias Brandvold",
        "diagnosis_codes": ["N18.6", "I12.0", "Z99.2"],
        "reason": "Permanent transfer of nephrology care and in-center hemodialysis chair placement closer to new home in Oro Valley",
        "urgency": "routine",
        "referral_date": "2026-10-21",
    }
    css = """
.cover { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; }
.cover .big { font-size: 30pt; font-weight: bold; border-bottom: 4px double #000; margin-top: 10px; }
.cover table { width: 100%; margin-top: 14px; }
.cover td { padding: 6px 4px; vertical-align: top; border-bottom: 1px dotted #000; }
.cover td.l { width: 1.4in; font-weight: bold; }
.mono { font-family: 'Nimbus Mono PS', 'Liberation Mono', monospace; font-size: 9.6pt; line-height: 1.28; }
.mono pre { font-family: inherit; font-size: inherit; margin: 0; white-space: pre; }
.mono .b { font-weight: bold; }
"""
    cover = f"""
<div class="cover">
<div style="display:flex; justify-content:space-between; margin-top:8px">
<div><b style="font-size:15pt">SAGUARO DIALYSIS CENTER</b><br>Unit 0412 &middot; 2950 N Swan Rd, Suite 110<br>Tucson, AZ 85712<br>Unit {P(f['referring_phone'],'dot')} &middot; Fax {P(f['referring_fax'],'dot')}</div>
<div style="text-align:right; font-size:10pt">{D('2026-10-21','long')}<br>3:18 PM</div></div>
<div class="big">FAX TRANSMITTAL</div>
<table>
<tr><td class="l">To</td><td>Desert Sky Nephrology &mdash; New Patient / Transfer Coordinator<br>Attn: Tobias Brandvold, MD</td></tr>
<tr><td class="l">Their fax</td><td>{P('5207421186','dot')}</td></tr>
<tr><td class="l">Their phone</td><td>{P('5207421180','dot')}</td></tr>
<tr><td class="l">From</td><td>Lorena Quintanilla, MSW &mdash; Unit Social Worker<br>Direct {P('5207904431','dot')}</td></tr>
<tr><td class="l">Pages</td><td>3 including this cover</td></tr>
<tr><td class="l">Re</td><td>Permanent transfer request &mdash; in-center hemodialysis patient B. Kowalczyk</td></tr>
</table>
<p style="margin-top:20px">Enclosed: transfer/referral summary and most recent monthly labs. Hepatitis B surface antigen negative (07/14/2026). Full treatment flowsheets, 2728 form and advance directive can be sent on request. Please call the unit with your acceptance decision and the first available chair time.</p>
<p style="margin-top:36px; font-size:9pt; border:1px solid #000; padding:8px">The documents accompanying this transmission contain confidential health information that is legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying, distribution or action taken in reliance on the contents of these documents is strictly prohibited. If you have received this fax in error, please telephone the sender and destroy the documents.</p>
</div>"""

    w = 27  # label width for dot leaders

    def L(label, value):
        return f"{label} {'.' * (w - len(label))}: {value}"

    p2 = "\n".join([
        "SAGUARO DIALYSIS CENTER  UNIT 0412              RUN DATE: " + D("2026-10-21", "dmy_upper") + " 15:02",
        "KIDNEYTRAK v7.4  RPT: XFER-REF-01                           PAGE: 1 OF 2",
        "=" * 74,
        "            PATIENT TRANSFER / NEPHROLOGIST REFERRAL SUMMARY",
        "=" * 74,
        "",
        L("PT. NAME", "KOWALCZYK, BERNADETTE A"),
        L("PT. DOB", D(f["patient_dob"], "dmy_upper") + "      AGE: 69Y"),
        L("PT. SEX", "F"),
        L("PT. ID (FACILITY MRN)", f["patient_mrn"]),
        L("PT. PHONE (HOME)", P(f["patient_phone"], "dash")),
        L("PT. ADDRESS (NEW)", "1187 W CALLE DE ORO, ORO VALLEY AZ 85737"),
        L("EMERGENCY CONTACT", "KOWALCZYK, PETER (SON) " + P("5205519027", "dash")),
        "",
        "--- COVERAGE " + "-" * 61,
        L("PRIMARY PAYER", "MEDICARE"),
        L("MBI", f["insurance_member_id"]),
        L("SECONDARY PAYER", "AHCCCS (AZ MEDICAID)  ID A40718852"),
        L("MEDICARE 2728 ON FILE", "Y   ESRD START " + D("2021-06-14", "dmy_upper")),
        "",
        "--- REFERRING / ATTENDING NEPHROLOGIST " + "-" * 35,
        L("NAME", "VENKATARAMAN, RAJESH MD"),
        L("NPI", f["referring_npi"]),
        L("PHONE / FAX (UNIT)", P(f["referring_phone"], "dash") + " / " + P(f["referring_fax"], "dash")),
        L("ANSWERING SVC", P("5203260092", "dash")),
        "",
        "--- TRANSFER TO " + "-" * 58,
        L("SPECIALTY", "NEPHROLOGY"),
        L("ACCEPTING NEPHROLOGIST", "BRANDVOLD, TOBIAS MD (REQUESTED)"),
        L("PRACTICE", "DESERT SKY NEPHROLOGY, ORO VALLEY"),
        L("PRIORITY", "ROUTINE"),
        L("REQUESTED START", D("2026-11-09", "dmy_upper") + " (MWF 2ND SHIFT)"),
        L("DATE OF REFERRAL", D(f["referral_date"], "dmy_upper")),
        "",
        "--- DIAGNOSES (ICD-10-CM) " + "-" * 48,
        "  N18.6    END STAGE RENAL DISEASE",
        "  I12.0    HYPERTENSIVE CKD W STAGE 5 CKD OR ESRD",
        "  Z99.2    DEPENDENCE ON RENAL DIALYSIS",
        "",
        "--- REASON FOR TRANSFER " + "-" * 50,
        *["  " + ln for ln in textwrap.wrap(f["reason"].upper(), 68)],
        "",
        "--- CURRENT HD PRESCRIPTION " + "-" * 46,
        L("MODALITY / SCHEDULE", "IN-CENTER HD  MWF  3.5 HR"),
        L("ACCESS", "L UPPER ARM AVF (CREATED 02/2021)"),
        L("DIALYZER / BATH", "OPTIFLUX F180NR  2K / 2.5 CA"),
        L("QB / QD", "400 / 600 ML/MIN"),
        L("EST DRY WEIGHT", "68.5 KG"),
        L("HEPARIN", "1000 U BOLUS, 500 U/HR"),
        L("LAST TREATMENT", D("2026-10-20", "dmy_upper") + "  POST WT 68.9 KG"),
        "",
        "  ELECTRONICALLY SIGNED: VENKATARAMAN, RAJESH MD   " + D("2026-10-21", "dmy_upper") + " 14:55",
    ])
    p3 = "\n".join([
        "SAGUARO DIALYSIS CENTER  UNIT 0412              RUN DATE: " + D("2026-10-21", "dmy_upper") + " 15:02",
        "KIDNEYTRAK v7.4  RPT: XFER-REF-01                           PAGE: 2 OF 2",
        "PT: KOWALCZYK, BERNADETTE A    ID: " + f["patient_mrn"] + "    DOB: " + D(f["patient_dob"], "dmy_upper"),
        "=" * 74,
        "            MONTHLY LABORATORY FLOWSHEET (LAST 3 MONTHS)",
        "=" * 74,
        "TEST               UNITS      " + D("2026-08-03", "dmy_upper") + "  " + D("2026-09-07", "dmy_upper") + "  " + D("2026-10-05", "dmy_upper"),
        "-" * 74,
        "HEMOGLOBIN         G/DL            10.4         10.9         11.2",
        "ALBUMIN            G/DL             3.6          3.7          3.8",
        "PHOSPHORUS         MG/DL            6.1 H        5.4 H        5.0 H",
        "CALCIUM (CORR)     MG/DL            8.9          9.1          9.0",
        "PTH, INTACT        PG/ML            512 H         --          448 H",
        "POTASSIUM (PRE)    MMOL/L           5.3 H        4.9          5.1",
        "FERRITIN           NG/ML            388           --          421",
        "TSAT               %                 24           --           27",
        "SP KT/V            --              1.42         1.51         1.48",
        "URR                %                 72           74           73",
        "-" * 74,
        "",
        "HEPATITIS B: HBsAg NEG " + D("2026-07-14", "dmy_upper") + "   ANTI-HBs 24 MIU/ML (IMMUNE)",
        "TB SCREEN  : QUANTIFERON NEG " + D("2026-01-12", "dmy_upper"),
        "",
        "--- STANDING MEDICATIONS AT DIALYSIS " + "-" * 37,
        "EPOETIN ALFA-EPBX    6,000 UNITS IV EACH TX       NDC 0069-1305-10",
        "IRON SUCROSE          100 MG IV WEEKLY X 4 (HELD) NDC 0517-2340-25",
        "CALCITRIOL            0.5 MCG IV EACH TX",
        "",
        "--- HOME MEDICATIONS " + "-" * 53,
        "SEVELAMER CARBONATE 800 MG  2 TABS PO TID WITH MEALS",
        "AMLODIPINE 10 MG PO DAILY (NON-DIALYSIS DAYS)",
        "CINACALCET 30 MG PO DAILY",
        "B-COMPLEX/C/FOLIC ACID (RENAL VITAMIN) PO DAILY",
        "",
        "BILLING: CPT 90960 (ESRD MONTHLY SVC, 4+ VISITS)",
        "",
        "FOR QUESTIONS CONTACT UNIT CHARGE RN: " + P("5207904420", "dash"),
        "",
        "*** END OF REPORT ***",
    ])
    hdr = D("2026-10-21", "dmy_upper") + " 15:21  FROM: SAGUARO DIALYSIS " + P(f["referring_fax"], "plain")
    html = page("NW02", css, [
        sheet(cover, hdr + "|TO: 15207421186   P.001/003"),
        sheet(f'<div class="mono"><pre style="margin-top:10px">{p2}</pre></div>', hdr + "|TO: 15207421186   P.002/003"),
        sheet(f'<div class="mono"><pre style="margin-top:10px">{p3}</pre></div>', hdr + "|TO: 15207421186   P.003/003"),
    ])
    return dict(html=html, fields=f, pages=3, mode="standard",
                kind="dialysis_unit_nephrology_transfer_cover_monospace_printout_labs")


# ====================================================================== NW03
def nw03():
    """Oncology nurse-navigation intake: values on lines, captions under the line; + pathology report."""
    f = {
        "patient_last_name": "Birchfield",
        "patient_first_name": "Yolanda",
        "patient_dob": "1962-06-11",
        "patient_sex": "F",
        "patient_phone": "4147720356",
        "patient_mrn": "NCI-2210458",
        "insurance_payer": "Network Health",
        "insurance_member_id": "NHP-7730415",
        "referring_provider": "Colm Fitzgerald",
        "referring_npi": npi("149017263"),
        "referring_phone": "4142593300",
        "referring_fax": "4142593349",
        "referred_to_specialty": "oncology",
        "referred_to_provider": "Naomi Adeyemi",
        "diagnosis_codes": ["C18.7", "D50.0"],
        "reason": "Newly diagnosed adenocarcinoma of the sigmoid colon on colonoscopy biopsy; please establish care with medical oncology and present at GI tumor board",
        "urgency": "urgent",
        "referral_date": "2026-10-22",
    }
    path_npi = npi("103955218")
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; }
.mast { text-align:center; margin-top:8px; }
.mast .a { font-size:17pt; font-variant:small-caps; letter-spacing:1px; }
.mast .b { font-size:9pt; }
.ttl { margin:8px 0 2px 0; text-align:center; font-size:13pt; font-weight:bold; border-top:1px solid #000; border-bottom:1px solid #000; padding:2px; }
.row { display:flex; gap:14px; margin-top:9px; }
.fl { flex:1; }
.fl .v { border-bottom:1px solid #000; min-height:18px; padding:0 2px 1px 2px; font-size:11.5pt; }
.fl .c { font-size:7.5pt; font-style:italic; padding-left:2px; }
.h { margin-top:12px; font-weight:bold; font-size:10pt; letter-spacing:2px; }
.pr { margin-top:6px; font-size:10.5pt; }
.small { font-size:8.5pt; }
.path { font-family: 'Liberation Serif', serif; font-size:10.5pt; }
.path table { width:100%; }
.path td { padding:2px 4px; vertical-align:top; }
.path .hd { border-bottom:2px solid #000; display:flex; justify-content:space-between; margin-top:8px; }
.path h3 { margin:10px 0 2px 0; font-size:11pt; text-decoration:underline; }
"""

    def fl(value, cap, grow=1):
        return f'<div class="fl" style="flex:{grow}"><div class="v">{value}</div><div class="c">{cap}</div></div>'

    p1 = f"""
<div class="mast"><div class="a">Northshore Cancer Institute</div>
<div class="b">Cancer Care Navigation Program &middot; 2900 W Oklahoma Ave, Pavilion B, Milwaukee, WI 53215<br>
Navigation intake line {P('4142980500','paren')} &middot; Intake fax {P('4142980519','paren')}</div></div>
<div class="ttl">NEW CLIENT NAVIGATION REFERRAL</div>
<div class="small" style="text-align:right">Navigation use only &mdash; Intake # NV-26-3381 &middot; Navigator: Keisha Omondi, RN, OCN</div>

<div class="h">CLIENT</div>
<div class="row">{fl('<i>Yolanda R. Birchfield</i>', 'Client name (first, middle initial, last)', 3)}{fl(D(f['patient_dob'],'abbr'), 'Date of birth', 1.3)}{fl('Female', 'Sex', 0.8)}</div>
<div class="row">{fl(P(f['patient_phone'],'paren'), 'Best phone (cell)', 1.2)}{fl(P('4142761184','paren') + ' (home)', 'Other phone', 1.2)}{fl(f['patient_mrn'], 'Client # / MRN', 1)}</div>
<div class="row">{fl('3318 S Kinnickinnic Ave, Milwaukee, WI 53207', 'Street address', 3)}{fl('English', 'Preferred language', 1)}</div>
<div class="row">{fl(f['insurance_payer'], 'Health plan', 1.5)}{fl(f['insurance_member_id'], 'Plan member number', 1.2)}{fl('Medicare Advantage &mdash; HMO', 'Product', 1.3)}</div>

<div class="h">SENDING CLINICIAN</div>
<div class="row">{fl('Colm J. Fitzgerald, DO', 'Sending clinician', 2)}{fl('Gastroenterology', 'Specialty', 1.2)}{fl(f['referring_npi'], 'NPI', 1.1)}</div>
<div class="row">{fl('Lakeshore Digestive Health, 1111 E Brady St, Milwaukee, WI 53202', 'Practice and address', 3)}</div>
<div class="row">{fl(P(f['referring_phone'],'paren'), 'Office telephone', 1)}{fl(P(f['referring_fax'],'paren'), 'Office fax (send appointment confirmation here)', 1.4)}{fl('Shannon Rudd, MA', 'Office contact', 1)}</div>
<div class="row">{fl('Gregory Mazur, MD &mdash; Bay View Family Medicine ' + P('4144813050','paren'), 'Primary care provider (copy of consult notes)', 1)}</div>

<div class="h">CONSULTANT REQUESTED</div>
<div class="row">{fl('Medical Oncology', 'Service', 1.3)}{fl('Naomi Adeyemi, MD', 'Physician (if known)', 1.3)}{fl('NCI Pavilion B, 2nd floor', 'Site', 1.6)}</div>

<div class="h">CLINICAL</div>
<div class="row">{fl('C18.7 &nbsp;&middot;&nbsp; D50.0', 'ICD-10 code(s)', 1)}{fl('Malignant neoplasm of sigmoid colon; iron deficiency anemia secondary to chronic blood loss', 'Description', 3)}</div>
<div class="row">{fl(f['reason'] + '.', 'Reason for navigation referral', 1)}</div>
<div class="row">{fl('Colonoscopy ' + D('2026-10-19','abbr') + ': friable, partially obstructing mass at 25 cm; biopsied and tattooed. Pathology signed out ' + D('2026-10-21','abbr') + ' (attached). CEA 6.8 ng/mL. CT chest/abdomen/pelvis scheduled ' + D('2026-10-27','abbr') + '. Hgb 9.6 g/dL on oral iron.', 'Pertinent findings', 1)}</div>

<div class="pr"><b>Priority:</b> &nbsp; {box(False)} Routine (first visit within 14 days) &nbsp; {box(True)} <b>Urgent</b> (within 5 business days) &nbsp; {box(False)} Same day &mdash; call the navigator</div>
<div class="pr"><b>Client aware of diagnosis?</b> {box(True)} Yes {box(False)} No &nbsp;&nbsp; <b>Transportation help needed?</b> {box(True)} Yes {box(False)} No &nbsp;&nbsp; <b>Interpreter?</b> {box(False)} Yes {box(True)} No</div>

<div class="row" style="margin-top:22px">{fl('<i>C. Fitzgerald, DO</i>', 'Signature of sending clinician', 2)}{fl(D(f['referral_date'],'abbr'), 'Date of referral', 1)}</div>
<div class="small" style="position:absolute; bottom:0.3in; left:0.55in; right:0.55in; border-top:1px solid #000; padding-top:2px">NCI-NAV-01 (06/2025) &middot; Fax completed referral with pathology to {P('4142980519','paren')}. We will contact the client within one business day of receipt.</div>
"""
    p2 = f"""
<div class="path">
<div class="hd"><div><b style="font-size:14pt">LAKESHORE PATHOLOGY ASSOCIATES, S.C.</b><br>
<span class="small">1111 E Brady St, Lower Level &middot; Milwaukee, WI 53202 &middot; {P('4142593460','paren')} &middot; CLIA 52D0987413</span></div>
<div style="text-align:right"><b>SURGICAL PATHOLOGY REPORT</b><br>Accession: S26-18834</div></div>
<table style="margin-top:6px">
<tr><td><b>Patient:</b> BIRCHFIELD, YOLANDA R</td><td><b>DOB:</b> {D(f['patient_dob'],'us')}</td><td><b>Sex:</b> F</td></tr>
<tr><td><b>Ordering:</b> Colm J. Fitzgerald, DO</td><td><b>Collected:</b> {D('2026-10-19','us')} 10:42</td><td><b>Received:</b> {D('2026-10-19','us')} 14:05</td></tr>
<tr><td><b>Copy to:</b> Gregory Mazur, MD</td><td><b>Reported:</b> {D('2026-10-21','us')} 16:20</td><td><b>Lab ID:</b> 88120457</td></tr>
</table>
<h3>SPECIMEN</h3>
<p>A. Colon, sigmoid mass at 25 cm, cold forceps biopsies.<br>B. Colon, transverse, polyp, cold snare polypectomy.</p>
<h3>FINAL DIAGNOSIS</h3>
<p>A. SIGMOID COLON MASS, BIOPSIES:<br>&nbsp;&nbsp;&nbsp;&nbsp;INVASIVE ADENOCARCINOMA, MODERATELY DIFFERENTIATED.<br>&nbsp;&nbsp;&nbsp;&nbsp;See comment.</p>
<p>B. TRANSVERSE COLON POLYP:<br>&nbsp;&nbsp;&nbsp;&nbsp;TUBULAR ADENOMA. Negative for high-grade dysplasia.</p>
<h3>COMMENT</h3>
<p>Tumor involves multiple fragments of colonic mucosa with desmoplastic stroma. Lymphovascular invasion cannot be assessed on biopsy material. Mismatch repair protein immunohistochemistry (MLH1, PMS2, MSH2, MSH6) has been ordered and will be reported as an addendum. Findings were communicated to Dr. Fitzgerald by telephone on {D('2026-10-21','us')} at 16:05.</p>
<h3>GROSS DESCRIPTION</h3>
<p>A. Received in formalin labeled with the patient's name and "sigmoid mass" are six tan-pink soft tissue fragments, 0.2 to 0.5 cm, entirely submitted in cassette A1.<br>
B. Received in formalin labeled "transverse polyp" is a single tan polypoid fragment, 0.6 cm, bisected and entirely submitted in B1.</p>
<h3>CODES</h3>
<p>CPT: 88305 x2, 88342 x4 (pending) &nbsp;&middot;&nbsp; ICD-10: C18.7, D12.3</p>
<p style="margin-top:20px">Electronically signed out by <b>Ruth Sandoval, MD</b>, Anatomic &amp; Clinical Pathology (NPI {path_npi}) on {D('2026-10-21','us')} 16:20.</p>
<p class="small" style="margin-top:24px; border-top:1px solid #000; padding-top:2px">This report is confidential. Page 1 of 1. Reprinted {D('2026-10-22','us')} 09:12 for referral packet.</p>
</div>"""
    html = page("NW03", css, [sheet(p1), sheet(p2)])
    return dict(html=html, fields=f, pages=2, mode="fine", noise_npis=[path_npi],
                kind="oncology_navigation_referral_values_above_caption_lines_with_pathology")


# ====================================================================== NW04
def nw04():
    """Home-health agency physician order / referral for wound care, numbered-box (485-like) form."""
    f = {
        "patient_last_name": "Thibodeaux",
        "patient_first_name": "Roland",
        "patient_dob": "1947-09-30",
        "patient_sex": "M",
        "patient_phone": "2257694418",
        "patient_mrn": "BCH-20931",
        "insurance_payer": "Humana Gold Plus HMO",
        "insurance_member_id": "H41882037",
        "referring_provider": "Celeste Arceneaux",
        "referring_npi": npi("135582904"),
        "referring_phone": "2259273360",
        "referring_fax": "2259273374",
        "referred_to_specialty": "podiatry",
        "diagnosis_codes": ["E11.621", "L97.512"],
        "reason": "Evaluate and treat non-healing right plantar foot ulcer with sharp debridement and offloading footwear",
        "urgency": "routine",
        "referral_date": "2026-11-04",
    }
    css = """
body { font-family: 'Liberation Sans Narrow', 'Nimbus Sans Narrow', 'Arial Narrow', sans-serif; font-size: 10.5pt; }
.t { display:flex; justify-content:space-between; align-items:flex-end; margin-top:8px; }
.t .n { font-size:12.5pt; font-weight:bold; }
table.b { width:100%; table-layout:fixed; margin-top:-1px; }
table.b td { border:1px solid #000; vertical-align:top; padding:1px 4px 3px 4px; }
.k { display:block; font-size:7.8pt; text-transform:uppercase; letter-spacing:0.2px; }
.v { display:block; font-size:11.5pt; margin-top:1px; }
.vn { display:block; font-size:10.5pt; margin-top:1px; }
.fine { font-size:8.5pt; }
table.b td { padding-bottom:5px; }
"""

    def c(num, label, value, cls="v", span=1, h=None):
        st = f' style="height:{h}"' if h else ""
        k = f"{num}. {label}" if num != "" else label
        return f'<td colspan="{span}"{st}><span class="k">{k}</span><span class="{cls}">{value}</span></td>'

    p1 = f"""
<div class="t"><div><div class="n">BAYOU COMPASSION HOME HEALTH, LLC</div>
<div>8550 United Plaza Blvd, Ste 210, Baton Rouge, LA 70809</div><div>Office {P('2252930800','slash')} &middot; Intake fax {P('2252930866','slash')}</div></div>
<div style="text-align:right"><b style="font-size:11pt">PHYSICIAN ORDER &amp; OUTSIDE REFERRAL</b><br>Wound Care Program &middot; Form BC-WC-07</div></div>

<table class="b" style="margin-top:6px">
<tr>{c(1,"Payer / member no.", f['insurance_payer'] + " &nbsp;/&nbsp; " + f['insurance_member_id'], span=4)}{c(2,"Start of care", D('2026-10-12','us_yy'))}{c(3,"Certification period", "From " + D('2026-10-12','us_yy') + " To " + D('2026-12-10','us_yy'), span=2)}{c(4,"Medical record no.", f['patient_mrn'])}</tr>
<tr>{c(5,"Agency provider no.", "19-7412")}{c(6,"Patient's name and address", "THIBODEAUX, ROLAND J.<br><span style='font-weight:normal'>4415 Choctaw Dr, Baton Rouge, LA 70805</span>", span=4)}{c(7,"Patient phone", P(f['patient_phone'],'slash'), span=2)}{c(8,"Date of birth", D(f['patient_dob'],'us'))}</tr>
<tr>{c(9,"Sex", box(True) + " M &nbsp; " + box(False) + " F", cls="vn")}{c(10,"Medications: dose / frequency / route (N)ew (C)hanged", "Metformin 1000 mg PO BID &middot; Insulin glargine 24 units SC qHS (C) &middot; Lisinopril 20 mg PO daily &middot; Gabapentin 300 mg PO TID &middot; Silver alginate dressing to R foot 3x/wk (N)", cls="vn", span=7)}</tr>
<tr>{c(11,"ICD-10 principal diagnosis", "E11.621", span=2)}{c("", "Description", "Type 2 diabetes mellitus with foot ulcer", cls="vn", span=4)}{c("","Date","10/12/26 (E)", cls="vn", span=2)}</tr>
<tr>{c(12,"ICD-10 other pertinent diagnosis", "L97.512", span=2)}{c("", "Description", "Non-pressure chronic ulcer of other part of right foot with fat layer exposed", cls="vn", span=4)}{c("","Date","10/12/26 (E)", cls="vn", span=2)}</tr>
<tr>{c(13,"DME and supplies", "Rolling walker, post-op shoe R, glucometer, dressing supplies", cls="vn", span=4)}{c(14,"Safety measures", "Fall precautions, blood glucose monitoring", cls="vn", span=2)}{c(15,"Nutritional req.", "ADA 1800 kcal, protein suppl.", cls="vn", span=2)}</tr>
<tr>{c(16,"Allergies", "NKDA", cls="vn", span=2)}{c(17,"Functional limitations", box(True) + " Ambulation &nbsp;" + box(True) + " Endurance &nbsp;" + box(False) + " Hearing &nbsp;" + box(True) + " Vision (DR)", cls="vn", span=3)}{c(18,"Activities permitted", box(True) + " Partial wt bearing R &nbsp;" + box(True) + " Walker", cls="vn", span=3)}</tr>
<tr>{c(19,"Current wound assessment", "R plantar 1st MTP head: 2.4 cm x 1.8 cm x 0.3 cm, 40% slough, moderate serous drainage, callused rim, no probe to bone, no cellulitis. Present 9+ weeks; 18% area reduction over last 4 weeks. DP pulse 1+, monofilament absent.", cls="vn", span=8)}</tr>
<tr>{c(20,"Orders for discipline and treatments", "SN 2w4, 1w4 for wound care, DM teaching, med management. Cleanse with NS, apply silver alginate, foam border, change M-W-F and PRN.<br><b>OUTSIDE REFERRAL &mdash; PODIATRY:</b> " + f['reason'] + ". Any available DPM at Acadiana Foot &amp; Ankle Specialists, 7777 Hennessy Blvd, Baton Rouge (" + P('2257661290','slash') + "). Agency to schedule and provide transportation.", cls="vn", span=8, h="0.95in")}</tr>
<tr>{c(21,"Goals / rehab potential", "Wound area reduced 50% in 4 weeks; closure by end of cert period. Rehab potential: fair.", cls="vn", span=8)}</tr>
<tr>{c(22,"Verbal order / nurse", "Darnell Guidry, RN, WCC &mdash; agency wound nurse, cell " + P('2253047719','slash'), cls="vn", span=4)}{c(23,"Date of order", D(f['referral_date'],'us_yy'), span=2)}{c(24,"Date HHA received signed", "", cls="vn", span=2)}</tr>
<tr>{c(25,"Physician's name, address, NPI", "Celeste M. Arceneaux, MD<br><span style='font-weight:normal'>Capitol Internal Medicine, 5131 O'Donovan Dr, Baton Rouge, LA 70808</span><br>NPI " + f['referring_npi'], span=4, h="0.75in")}{c(26,"Physician phone / fax", "Ph " + P(f['referring_phone'],'slash') + "<br>Fx " + P(f['referring_fax'],'slash'), span=2)}{c(27,"Physician signature and date signed", "<br><br>_______________________", cls="vn", span=2)}</tr>
</table>
<p class="fine" style="margin-top:5px">28. Anyone who misrepresents, falsifies, or conceals essential information required for payment of Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal laws. &nbsp; I certify that this patient is confined to home and needs intermittent skilled nursing care. The patient is under my care, and I have authorized the services on this plan of care and will periodically review the plan.</p>
<p class="fine" style="margin-top:4px">Agency use: Order # 26-11-0412 &middot; Entered by: T. Landry &middot; Printed {D('2026-11-04','us_yy')} 10:07 &middot; Return signed order to fax {P('2252930866','slash')}</p>
"""
    hdr = "NOV-04-2026 10:12  BAYOU COMPASSION HH  2252930866"
    html = page("NW04", css, [sheet(p1, hdr + "|#4471  P. 1")])
    return dict(html=html, fields=f, pages=1, mode="standard",
                kind="home_health_wound_care_order_numbered_boxes_to_podiatry")


# ====================================================================== NW05
def nw05():
    """Sleep-center order/referral form: vertical section tabs, right-aligned labels, study checkbox grid."""
    f = {
        "patient_last_name": "Achterberg",
        "patient_first_name": "Desmond",
        "patient_dob": "1978-05-19",
        "patient_sex": "M",
        "patient_phone": "4257713098",
        "patient_mrn": "CFIM-558201",
        "insurance_payer": "Regence BlueShield",
        "insurance_member_id": "RBS449027183",
        "referring_provider": "Sunita Bains",
        "referring_npi": npi("152873309"),
        "referring_phone": "4256473300",
        "referring_fax": "4256473391",
        "referred_to_specialty": "pulmonology",
        "referred_to_provider": "Ingrid Solberg",
        "diagnosis_codes": ["R06.83", "G47.10", "E66.9"],
        "reason": "Loud snoring, witnessed apneas and daytime sleepiness; evaluate for obstructive sleep apnea with home sleep apnea test or in-lab polysomnography",
        "urgency": "routine",
        "referral_date": "2026-10-16",
    }
    css = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9pt; }
.hd { display:flex; justify-content:space-between; border-bottom:3px solid #000; padding-bottom:4px; margin-top:6px; }
.hd .n { font-size:13pt; font-weight:bold; }
.blk { display:flex; border:1.5px solid #000; margin-top:6px; }
.tab { width:0.32in; border-right:1.5px solid #000; position:relative; }
.tab span { position:absolute; left:50%; top:50%; transform:translate(-50%,-50%) rotate(-90deg); white-space:nowrap; font-weight:bold; letter-spacing:2px; font-size:8pt; }
.in { flex:1; padding:3px 6px; }
table.r { width:100%; }
table.r td { padding:2px 3px; vertical-align:top; }
table.r td.l { text-align:right; width:1.45in; font-size:8pt; padding-top:4px; }
table.r td { padding-top:4px; padding-bottom:3px; }
table.r td.v { border-bottom:1px solid #000; font-size:9.5pt; font-weight:bold; }
table.st { width:100%; margin-top:2px; }
table.st td, table.st th { border:1px solid #000; padding:2px 4px; font-size:8.3pt; text-align:left; }
.ess td { padding:1px 4px; font-size:8pt; }
"""
    ref_npi2 = npi("188104667")  # the sleep physician (noise NPI on the receiving side)
    p1 = f"""
<div class="hd"><div><div class="n">PUGET SOUND SLEEP DISORDERS CENTER</div>
<div>Pulmonary &amp; Sleep Medicine</div><div>1560 N 115th St, Suite 300, Seattle, WA 98133</div>
<div>Scheduling {P('2065984400','dot')} &middot; Referral fax {P('2065984411','dot')}</div></div>
<div style="text-align:right"><b style="font-size:12pt">SLEEP CONSULT &amp; STUDY ORDER</b><br>All sections required.<br>Incomplete orders delay scheduling.<br>Rev. 2025-07</div></div>

<div class="blk"><div class="tab"><span>ENROLLEE</span></div><div class="in">
<table class="r">
<tr><td class="l">Enrollee name (Last, First)</td><td class="v">Achterberg, Desmond</td><td class="l">DOB (YYYY-MM-DD)</td><td class="v">{f['patient_dob']}</td></tr>
<tr><td class="l">Sex</td><td class="v">{box(True)} M &nbsp; {box(False)} F &nbsp; {box(False)} X</td><td class="l">Chart no.</td><td class="v">{f['patient_mrn']}</td></tr>
<tr><td class="l">Mobile</td><td class="v">{P(f['patient_phone'],'dot')}</td><td class="l">Work</td><td class="v">{P('2063390140','dot')} x 2207</td></tr>
<tr><td class="l">Insurance carrier</td><td class="v">{f['insurance_payer']}</td><td class="l">Subscriber / member ID</td><td class="v">{f['insurance_member_id']}</td></tr>
<tr><td class="l">Group</td><td class="v">10048377</td><td class="l">Commercial driver (CDL)?</td><td class="v">{box(True)} Yes &nbsp; {box(False)} No</td></tr>
</table></div></div>

<div class="blk"><div class="tab"><span>ORDERING</span></div><div class="in">
<table class="r">
<tr><td class="l">Requesting MD</td><td class="v">Sunita Bains, MD</td><td class="l">NPI</td><td class="v">{f['referring_npi']}</td></tr>
<tr><td class="l">Clinic</td><td class="v" colspan="3">Cascade Family &amp; Internal Medicine, 11410 NE 124th St, Kirkland, WA 98034</td></tr>
<tr><td class="l">Phone</td><td class="v">{P(f['referring_phone'],'dot')}</td><td class="l">Fax results to</td><td class="v">{P(f['referring_fax'],'dot')}</td></tr>
<tr><td class="l">Date ordered</td><td class="v">{f['referral_date']}</td><td class="l">Last office visit</td><td class="v">2026-10-14</td></tr>
</table></div></div>

<div class="blk"><div class="tab"><span>ORDER</span></div><div class="in">
<table class="r">
<tr><td class="l">Send to</td><td class="v">Ingrid Solberg, MD &mdash; Sleep Medicine (or first available)</td><td class="l">Priority</td><td class="v" style="white-space:nowrap">{box(True)} Routine &nbsp; {box(False)} Expedite</td></tr>
</table>
<table class="st">
<tr><th style="width:4%"></th><th style="width:46%">Service</th><th style="width:12%">CPT</th><th>Notes</th></tr>
<tr><td>{box(True)}</td><td>Sleep medicine consultation, then study per sleep physician</td><td>99204</td><td>Preferred pathway</td></tr>
<tr><td>{box(True)}</td><td>Home sleep apnea test (HSAT), type III</td><td>G0399 / 95806</td><td>If no contraindication</td></tr>
<tr><td>{box(False)}</td><td>Diagnostic polysomnogram, attended (in-lab PSG)</td><td>95810</td><td>If HSAT negative or not suitable</td></tr>
<tr><td>{box(False)}</td><td>Split-night PSG with CPAP titration</td><td>95811</td><td></td></tr>
<tr><td>{box(False)}</td><td>Multiple sleep latency test (MSLT)</td><td>95805</td><td>Must follow PSG</td></tr>
<tr><td>{box(False)}</td><td>CPAP/APAP start &amp; DME order if OSA confirmed</td><td>E0601</td><td></td></tr>
</table></div></div>

<div class="blk"><div class="tab"><span>CLINICAL</span></div><div class="in">
<table class="r">
<tr><td class="l">Indication (ICD-10)</td><td class="v">R06.83 Snoring &nbsp;&middot;&nbsp; G47.10 Hypersomnia, unspecified &nbsp;&middot;&nbsp; E66.9 Obesity</td></tr>
<tr><td class="l">Clinical question</td><td class="v" style="font-weight:normal">{f['reason']}.</td></tr>
</table>
<table class="r" style="margin-top:3px">
<tr><td class="l">BMI</td><td class="v">36.4</td><td class="l">Neck circ.</td><td class="v">17.5 in</td><td class="l">BP</td><td class="v">142/88</td></tr>
<tr><td class="l">Epworth (ESS)</td><td class="v">14 / 24</td><td class="l">STOP-BANG</td><td class="v">6 / 8</td><td class="l">Drowsy driving</td><td class="v">Yes, once</td></tr>
</table>
<div style="margin-top:3px"><b>Contraindications to HSAT</b> (check all that apply): {box(False)} CHF / EF&lt;45% &nbsp; {box(False)} COPD / O2 use &nbsp; {box(False)} Opioids &nbsp; {box(False)} Neuromuscular disease &nbsp; {box(False)} Prior stroke &nbsp; {box(True)} None</div>
<div style="margin-top:3px"><b>Current meds:</b> Lisinopril 10 mg daily; cetirizine 10 mg daily; no sedatives or opioids. &nbsp; <b>Prior sleep study:</b> none.</div>
</div></div>

<div class="blk"><div class="tab"><span>SIGN</span></div><div class="in">
<table class="r">
<tr><td class="l">Ordering signature</td><td class="v" style="font-style:italic; font-weight:normal">Sunita Bains, MD (e-signed)</td><td class="l">Date</td><td class="v">{f['referral_date']}</td></tr>
</table>
<div style="font-size:7.5pt; margin-top:3px">SLEEP CENTER USE: Received ______ &nbsp; Auth # ______ &nbsp; Scheduled ______ &nbsp; Reading physician: Ingrid Solberg, MD, NPI {ref_npi2}</div>
</div></div>
<div style="position:absolute; bottom:0.3in; left:0.55in; right:0.55in; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px">
<span>Fax completed order with last office note to {P('2065984411','dot')}</span><span>PSSDC-ORD-3</span><span>Page 1 of 1</span></div>
"""
    hdr = "2026-10-16 11:47  CASCADE FAMILY INT MED  425 647 3391"
    html = page("NW05", css, [sheet(p1, hdr + "|P01")])
    return dict(html=html, fields=f, pages=1, mode="fine", noise_npis=[ref_npi2],
                kind="sleep_center_order_form_vertical_tabs_right_aligned_labels")
