"""NF01-NF05 document builders. Each returns dict(html, fields, pages, kind, mode, fax[, skew, dropouts]).

Theme of set S: ordinary referral forms and letters from practices in the US South and West, one specialty
each; faxed the way real ones arrive: some pages skewed, some dark or thin type, some lost scan lines.
"""
from common import npi, P, D, box, page, esc


def kv(label, value, cls="kv"):
    return f'<div class="{cls}"><b>{label}</b><span>{value}</span></div>'


# ====================================================================== NF01
def nf01():
    """Clinic 'Referral Form' (Albuquerque primary care -> endocrinology): ruled four-column grid of
    label | value | label | value, values printed bold (dark fax setting)."""
    f = {
        "patient_last_name": "Begay",
        "patient_first_name": "Darlene",
        "patient_dob": "1968-08-14",
        "patient_sex": "F",
        "patient_phone": "5058316604",
        "patient_mrn": "SV-204417",
        "insurance_payer": "Presbyterian Health Plan",
        "insurance_member_id": "PHP40081273",
        "referring_provider": "Teresa Quintana-Lowe",
        "referring_npi": npi("162908834"),
        "referring_phone": "5052947100",
        "referring_fax": "5052947133",
        "referred_to_specialty": "endocrinology",
        "referred_to_provider": "Vikram Sethi",
        "diagnosis_codes": ["E11.65", "Z79.4"],
        "reason": "Type 2 diabetes uncontrolled on basal insulin and metformin, A1c 10.8%. Please assist with insulin "
                  "titration and evaluate for GLP-1 therapy.",
        "urgency": "routine",
        "referral_date": "2026-02-09",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; }
.hd .n { font-size:15pt; font-weight:bold; }
.hd .a { font-size:8.5pt; line-height:1.35; }
.hd .r { text-align:right; font-size:8.5pt; line-height:1.35; }
.title { margin:10px 0 6px 0; display:flex; justify-content:space-between; align-items:baseline;
         border-top:3px solid #000; border-bottom:1px solid #000; padding:4px 0; }
.title span.t { font-size:16pt; font-weight:bold; letter-spacing:2px; }
table.g { width:100%; margin-bottom:7px; table-layout:fixed; }
table.g td { border:1px solid #000; padding:4px 5px; vertical-align:top; }
table.g td.l { width:1.25in; background:#e4e4e4; font-size:8.5pt; }
table.g td.v { font-weight:700; font-size:10pt; }
table.g tr.sec td { background:#000; color:#fff; font-weight:bold; font-size:9pt; letter-spacing:1px; padding:2px 5px; }
.sig { margin-top:12px; display:flex; gap:0.3in; }
.sig div { flex:1; border-top:1px solid #000; padding-top:2px; font-size:8pt; }
.sig .s { font-family:'Z003', cursive; font-size:16pt; border:none; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; border-top:1px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
"""

    def row(l1, v1, l2, v2):
        return f'<tr><td class="l">{l1}</td><td class="v">{v1}</td><td class="l">{l2}</td><td class="v">{v2}</td></tr>'

    def sec(t):
        return f'<tr class="sec"><td colspan="4">{t}</td></tr>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Sandia Vista Primary Care</div>
<div class="a">4401 Montgomery Blvd NE, Suite 210 &bull; Albuquerque, NM 87109</div></div>
<div class="r">Main {P(f['referring_phone'], 'dash')} &nbsp; Fax {P(f['referring_fax'], 'dash')}<br>Clinic # 0412 &nbsp; Tax ID 85-0639174</div></div>
<div class="title"><span class="t">REFERRAL FORM</span><span>Form SV-REF-3 (rev. 08/2024)</span></div>
<table class="g">
{sec('PATIENT')}
{row('Pt Last Name', 'BEGAY', 'First / MI', 'DARLENE R')}
{row('D.O.B.', D(f['patient_dob'], 'us'), 'Gender', 'F')}
{row('Home Ph', P(f['patient_phone']), 'Work Ph', '')}
{row('Chart #', f['patient_mrn'], 'Language', 'English / Navajo')}
{row('Address', '2715 Pueblo Bonito Dr NW', 'City/St/Zip', 'Albuquerque NM 87104')}
{row('Emerg. Contact', 'Harrison Begay (brother)', 'Contact Ph', P('5054892217'))}
{sec('INSURANCE')}
{row('Insurance Co.', f['insurance_payer'], 'Policy #', f['insurance_member_id'])}
{row('Group #', '70033-NM', 'Policy Holder', 'Self')}
{row('Guarantor', 'Darlene R Begay', 'Auth #', 'Pending')}
{sec('REFERRING')}
{row('Ordering Physician', 'Teresa Quintana-Lowe, DO', 'NPI #', f['referring_npi'])}
{row('Office Ph', P(f['referring_phone'], 'dash'), 'Office Fax', P(f['referring_fax'], 'dash'))}
{sec('REFER TO')}
{row('Specialty', 'Endocrinology', 'Specialist', 'Vikram Sethi, MD')}
{row('Practice', 'High Desert Endocrine Associates', 'Spec. Ph / Fax', P('5058847760', 'dash') + ' / ' + P('5058847769', 'dash'))}
{sec('CLINICAL')}
{row('Date of Referral', D(f['referral_date'], 'us'), 'Priority', 'Routine')}
<tr><td class="l">ICD-10</td><td class="v" colspan="3">E11.65 Type 2 diabetes mellitus with hyperglycemia<br>Z79.4 Long term (current) use of insulin</td></tr>
<tr><td class="l">Reason</td><td class="v" colspan="3">{esc(f['reason'])}</td></tr>
<tr><td class="l">Pertinent Hx / Meds</td><td class="v" colspan="3">Insulin glargine 40 units qHS, metformin 1000 mg BID. A1c 9.6% (Aug) and 10.8% ({D('2026-01-27', 'mdyy')}). BMI 34. No retinopathy on last eye exam.</td></tr>
<tr><td class="l">Records Sent</td><td class="v" colspan="3">{box(True)}Office note &nbsp; {box(True)}Labs &nbsp; {box(False)}Imaging &nbsp; {box(True)}Med list</td></tr>
</table>
<div class="sig"><div class="s">T. Quintana-Lowe DO</div><div class="s">&nbsp;</div></div>
<div class="sig" style="margin-top:0"><div>Physician signature</div><div>Date</div></div>
<div class="ft"><span>Please fax consult notes and appointment date to {P(f['referring_fax'], 'dash')}</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NF01", css, body), fields=f, pages=1,
                kind="clinic_referral_form_four_column_label_value_grid_bold_values_pcp_to_endocrinology",
                mode="fine",
                fax=dict(when="02/09/2026 16:22", name="SANDIA VISTA PC", number=f["referring_fax"],
                         to="5058847769", fmt="a"))


# ====================================================================== NF02
def nf02():
    """Internist's letter (Birmingham) to a hematologist: letterhead, inside address, patient-identifier block
    under 'RE:', prose with a STAT request, signature with NPI; page 2 is the attached CBC report."""
    f = {
        "patient_last_name": "Tolliver",
        "patient_first_name": "Marcus",
        "patient_dob": "1979-11-22",
        "patient_sex": "M",
        "patient_phone": "2054143379",
        "patient_mrn": "0067215",
        "insurance_payer": "Viva Health",
        "insurance_member_id": "VH8820417-01",
        "referring_provider": "Bradley Oduya",
        "referring_npi": npi("130477261"),
        "referring_phone": "2059913400",
        "referring_fax": "2059913411",
        "referred_to_specialty": "hematology",
        "referred_to_provider": "Mei-Ling Foster",
        "diagnosis_codes": ["D69.6", "R23.3"],
        "reason": "Platelet count of 18,000 on routine labs with new petechiae and easy bruising; please evaluate for "
                  "ITP versus a marrow process.",
        "urgency": "stat",
        "referral_date": "2026-03-03",
    }
    css = """
body { font-family: 'C059', 'Century Schoolbook', serif; font-size: 10.5pt; line-height:1.38; }
.lh { text-align:center; border-bottom:2px double #000; padding-bottom:5px; }
.lh .n { font-size:17pt; letter-spacing:1px; }
.lh .s { font-size:8.5pt; }
.date { margin:14px 0 10px 0; }
.re { margin:10px 0; border:1px solid #000; padding:5px 8px; width:4.6in; font-size:10pt; line-height:1.3; }
.re table td { padding:0 8px 0 0; vertical-align:top; }
p { margin:0 0 8px 0; text-align:justify; }
.sig { font-family:'Z003', cursive; font-size:20pt; margin:4px 0 0 0; }
.cc { font-size:9pt; margin-top:10px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; text-align:center; font-style:italic; }
h2 { font-family:'Liberation Sans', Arial, sans-serif; font-size:12pt; margin:0 0 4px 0; }
.lab { font-family:'Liberation Mono', monospace; font-size:9pt; line-height:1.3; }
.lab table { width:100%; border-collapse:collapse; }
.lab th, .lab td { text-align:left; padding:1px 4px; }
.lab th { border-bottom:1px solid #000; border-top:1px solid #000; }
.lh2 { display:flex; justify-content:space-between; font-family:'Liberation Sans', Arial, sans-serif; font-size:8.5pt;
       border-bottom:1.5px solid #000; padding-bottom:4px; margin-bottom:6px; }
"""
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">CAHABA VALLEY INTERNAL MEDICINE</div>
<div class="s">3485 Independence Drive, Suite 120 &middot; Birmingham, Alabama 35209</div>
<div class="s">Telephone {P(f['referring_phone'])} &middot; Facsimile {P(f['referring_fax'])}</div></div>
<div class="date">{D(f['referral_date'], 'long')}</div>
<div>Mei-Ling Foster, MD<br>Hematology &amp; Oncology Associates of Alabama<br>1600 7th Avenue South, Suite 402<br>
Birmingham, AL 35233<br>Fax {P('2059398862')}</div>
<div class="re"><table>
<tr><td><b>RE:</b></td><td>Tolliver, Marcus J.</td></tr>
<tr><td>DOB:</td><td>{D(f['patient_dob'], 'us_dash')} &nbsp;&nbsp; Sex: Male</td></tr>
<tr><td>Phone:</td><td>{P(f['patient_phone'])} (cell)</td></tr>
<tr><td>MRN:</td><td>{f['patient_mrn']}</td></tr>
<tr><td>Ins.:</td><td>{f['insurance_payer']} &nbsp; ID {f['insurance_member_id']}</td></tr>
<tr><td>Dx:</td><td>D69.6 Thrombocytopenia, unspecified; R23.3 Spontaneous ecchymoses</td></tr>
</table></div>
<p>Dear Dr. Foster:</p>
<p><b>STAT referral.</b> I would be grateful if you could see Mr. Tolliver today or tomorrow. Reason for referral:
{esc(f['reason'])}</p>
<p>Mr. Tolliver is a 46-year-old man who came in on {D('2026-02-27', 'long')} for a pre-employment physical. He had noticed
bruises on both shins over about two weeks and a few red pinpoint spots on his ankles, but no gum bleeding, melena or
hematuria. He takes no anticoagulants or antiplatelet agents, drinks two or three beers on weekends, and had a viral
illness in January. Exam today shows scattered petechiae on the lower legs and two ecchymoses on the forearms; no
lymphadenopathy or splenomegaly.</p>
<p>His CBC, repeated in citrate on {D('2026-03-02', 'long')}, confirmed a platelet count of 18 K/uL with normal
hemoglobin and white count; the smear report is attached. I have advised him to avoid NSAIDs and contact sports and to
go to the emergency department for any bleeding. His wife, Angela Tolliver, can be reached at {P('2054148820')} if
you cannot reach him.</p>
<p>Thank you for your help with his care. Please call me directly with any questions.</p>
<p style="margin-bottom:0">Sincerely,</p>
<div class="sig">Bradley Oduya</div>
<div>Bradley K. Oduya, MD<br>Internal Medicine &middot; NPI {f['referring_npi']}</div>
<div class="cc">cc: Patient chart &nbsp;&middot;&nbsp; Enclosure: CBC with differential ({D('2026-03-02', 'us')})</div>
<div class="ft">This facsimile contains protected health information. If received in error, call {P(f['referring_phone'])}.</div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<div class="lh2"><div><b style="font-size:11pt">MAGIC CITY REFERENCE LABORATORY</b><br>2120 4th Ave N, Birmingham AL 35203 &middot; CLIA 01D0938417</div>
<div style="text-align:right">Client services {P('2053227714', 'dash')}<br>Lab director: Hollis Greer, MD, PhD</div></div>
<div class="lab">
<table>
<tr><td>PATIENT: TOLLIVER, MARCUS J</td><td>DOB: {D(f['patient_dob'], 'us')}</td><td>SEX: M</td></tr>
<tr><td>ACCESSION: 26-061-04482</td><td>COLLECTED: {D('2026-03-02', 'us')} 08:14</td><td>REPORTED: {D('2026-03-02', 'us')} 13:40</td></tr>
<tr><td>ORDERING: ODUYA, BRADLEY K</td><td>CLIENT: CAHABA VALLEY IM</td><td>ACCT: 4417-22</td></tr>
</table>
<br>
<h2>COMPLETE BLOOD COUNT WITH DIFFERENTIAL</h2>
<table>
<tr><th>TEST</th><th>RESULT</th><th>FLAG</th><th>UNITS</th><th>REFERENCE</th></tr>
<tr><td>WBC</td><td>6.8</td><td></td><td>K/uL</td><td>4.0-10.5</td></tr>
<tr><td>RBC</td><td>4.92</td><td></td><td>M/uL</td><td>4.20-5.80</td></tr>
<tr><td>HEMOGLOBIN</td><td>14.6</td><td></td><td>g/dL</td><td>13.0-17.0</td></tr>
<tr><td>HEMATOCRIT</td><td>43.1</td><td></td><td>%</td><td>39.0-51.0</td></tr>
<tr><td>MCV</td><td>87.6</td><td></td><td>fL</td><td>80-100</td></tr>
<tr><td>RDW</td><td>13.2</td><td></td><td>%</td><td>11.5-15.0</td></tr>
<tr><td>PLATELETS</td><td>18</td><td>LL</td><td>K/uL</td><td>150-400</td></tr>
<tr><td>MPV</td><td>12.4</td><td>H</td><td>fL</td><td>7.5-11.5</td></tr>
<tr><td>NEUTROPHILS</td><td>61</td><td></td><td>%</td><td>40-74</td></tr>
<tr><td>LYMPHOCYTES</td><td>29</td><td></td><td>%</td><td>19-48</td></tr>
<tr><td>MONOCYTES</td><td>7</td><td></td><td>%</td><td>3-12</td></tr>
<tr><td>EOSINOPHILS</td><td>2</td><td></td><td>%</td><td>0-7</td></tr>
<tr><td>BASOPHILS</td><td>1</td><td></td><td>%</td><td>0-2</td></tr>
</table>
<br>
<b>PERIPHERAL SMEAR REVIEW</b><br>
Platelets markedly decreased, many large forms. No platelet clumping seen (citrate tube).<br>
RBC morphology normal. No schistocytes. WBC morphology unremarkable; no blasts seen.<br>
Reviewed by: J. Whitlock, MLS(ASCP)<br><br>
<b>CRITICAL VALUE</b> PLATELETS 18 K/uL called to and read back by R. Sims, RN at 13:52 {D('2026-03-02', 'us')}.<br><br>
PREVIOUS RESULT: PLATELETS 21 K/uL ({D('2026-02-27', 'us')}, EDTA)
</div>
<div class="ft">MAGIC CITY REFERENCE LABORATORY &middot; Page 1 of 1 &middot; Final report</div>
</div></div>"""
    return dict(html=page("NF02", css, p1 + p2), fields=f, pages=2,
                kind="internist_letter_re_identifier_block_stat_plus_attached_cbc_report_to_hematology",
                mode="standard", skew={1: 1.2},
                fax=dict(when="03/03/2026 11:06", name="CAHABA VALLEY IM", number=f["referring_fax"],
                         to="2059398862", fmt="c"))


# ====================================================================== NF03
def nf03():
    """EHR 'Referral Order' printout in monospace (Salt Lake City family health -> nephrology): patient banner,
    order details, ICD table, clinical summary on page 2. Dropped scan lines on both pages."""
    f = {
        "patient_last_name": "HANSEN",
        "patient_first_name": "KJERSTI",
        "patient_dob": "1957-01-06",
        "patient_sex": "F",
        "patient_phone": "8019642271",
        "patient_mrn": "WFH00731922",
        "insurance_payer": "SelectHealth Advantage",
        "insurance_member_id": "SH776204318",
        "referring_provider": "Nathaniel Pratt",
        "referring_npi": npi("118823406"),
        "referring_phone": "8019664100",
        "referring_fax": "8019664188",
        "referred_to_specialty": "nephrology",
        "referred_to_provider": "Ana Ferreira",
        "diagnosis_codes": ["N18.4", "I12.9", "E87.5"],
        "reason": "CKD stage 4 with eGFR 24 and potassium 5.8 on lisinopril; please co-manage and discuss dialysis "
                  "access planning.",
        "urgency": "routine",
        "referral_date": "2026-02-17",
    }
    css = """
body { font-family: 'Nimbus Mono PS', 'Liberation Mono', monospace; font-size: 9.5pt; line-height:1.35; }
.bn { border:2px solid #000; padding:4px 6px; display:flex; justify-content:space-between; font-weight:bold; }
.org { display:flex; justify-content:space-between; margin-bottom:6px; font-size:9pt; }
.org b { font-size:11pt; }
h1 { font-size:12.5pt; margin:8px 0 2px 0; text-decoration:underline; }
h2 { font-size:10pt; margin:9px 0 2px 0; background:#ddd; padding:1px 4px; }
table.t { width:100%; }
table.t td { padding:1px 4px; vertical-align:top; }
table.t td.l { width:1.75in; }
table.d { width:100%; }
table.d th, table.d td { text-align:left; padding:1px 4px; border-bottom:1px dashed #000; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between;
      border-top:1px solid #000; padding-top:2px; }
"""
    org = f"""<div class="org"><div><b>WASATCH FAMILY HEALTH - MIDVALE</b><br>7208 S 900 E, Midvale UT 84047</div>
<div style="text-align:right">PH {P(f['referring_phone'], 'dash')}<br>FAX {P(f['referring_fax'], 'dash')}</div></div>"""
    bn = f"""<div class="bn"><span>HANSEN, KJERSTI L</span><span>DOB {D(f['patient_dob'], 'cerner')}</span><span>69y F</span>
<span>MRN {f['patient_mrn']}</span></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{org}{bn}
<h1>REFERRAL ORDER</h1>
<div>Order #: RO-558120 &nbsp;&nbsp; Status: Signed &nbsp;&nbsp; Ordered: {D(f['referral_date'], 'us')} 14:32</div>
<h2>PATIENT DEMOGRAPHICS</h2>
<table class="t">
<tr><td class="l">Name:</td><td>HANSEN, KJERSTI L</td><td class="l">Sex:</td><td>Female</td></tr>
<tr><td class="l">Date of birth:</td><td>{D(f['patient_dob'], 'cerner')}</td><td class="l">MRN:</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Phone (primary):</td><td>{P(f['patient_phone'], 'dot')}</td><td class="l">Language:</td><td>English</td></tr>
<tr><td class="l">Address:</td><td colspan="3">418 E Fort Union Blvd Apt 6, Midvale UT 84047</td></tr>
<tr><td class="l">Next of kin:</td><td colspan="3">Erik Hansen (son) {P('3854201187', 'dot')}</td></tr>
</table>
<h2>COVERAGE</h2>
<table class="t">
<tr><td class="l">Payor:</td><td>{f['insurance_payer']}</td><td class="l">Subscriber #:</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Plan:</td><td>Medicare Advantage PPO</td><td class="l">Group #:</td><td>MA2204</td></tr>
</table>
<h2>ORDER DETAILS</h2>
<table class="t">
<tr><td class="l">Referral type:</td><td>Consult and co-manage</td><td class="l">Priority:</td><td>Routine</td></tr>
<tr><td class="l">Refer to specialty:</td><td>Nephrology</td><td class="l">Visits:</td><td>3</td></tr>
<tr><td class="l">Refer to provider:</td><td>Ferreira, Ana MD</td><td class="l">Provider NPI:</td><td>{npi('140088327')}</td></tr>
<tr><td class="l">Refer to location:</td><td colspan="3">Intermountain Kidney Care, 5121 S Cottonwood St, Murray UT 84107</td></tr>
<tr><td class="l">Location phone/fax:</td><td colspan="3">{P('8015079200', 'dash')} / {P('8015079215', 'dash')}</td></tr>
<tr><td class="l">Ordering provider:</td><td>Pratt, Nathaniel J MD</td><td class="l">NPI:</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Authorizing:</td><td>Pratt, Nathaniel J MD</td><td class="l">Expires:</td><td>{D('2026-08-16', 'us')}</td></tr>
</table>
<h2>DIAGNOSES</h2>
<table class="d">
<tr><th>ICD-10-CM</th><th>Description</th><th>Type</th></tr>
<tr><td>N18.4</td><td>Chronic kidney disease, stage 4 (severe)</td><td>Primary</td></tr>
<tr><td>I12.9</td><td>Hypertensive chronic kidney disease w stage 1-4 CKD</td><td>Secondary</td></tr>
<tr><td>E87.5</td><td>Hyperkalemia</td><td>Secondary</td></tr>
</table>
<h2>REASON FOR REFERRAL</h2>
<div style="padding:2px 4px">{esc(f['reason'])}</div>
<h2>SCHEDULING NOTES</h2>
<div style="padding:2px 4px">Patient does not drive; son Erik schedules. Prefers Tue/Thu afternoons.</div>
<div style="margin-top:12px">Electronically signed: Nathaniel J Pratt MD {D(f['referral_date'], 'us')} 14:35</div>
<div class="ft"><span>HANSEN, KJERSTI L &nbsp; {f['patient_mrn']} &nbsp; Printed {D('2026-02-18', 'us')} 07:58 by KJONES</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{org}{bn}
<h1>CLINICAL SUMMARY (attached to RO-558120)</h1>
<h2>LAST VISIT {D('2026-02-12', 'us')} - VITALS</h2>
<div style="padding:2px 4px">BP 152/88 &nbsp; HR 74 &nbsp; Wt 71.4 kg &nbsp; BMI 27.9 &nbsp; SpO2 97%</div>
<h2>LABS</h2>
<table class="d">
<tr><th>Collected</th><th>Creat</th><th>eGFR</th><th>K</th><th>CO2</th><th>Hgb</th><th>UACR</th></tr>
<tr><td>{D('2025-08-20', 'us')}</td><td>1.82</td><td>30</td><td>5.1</td><td>23</td><td>11.9</td><td>340</td></tr>
<tr><td>{D('2025-11-18', 'us')}</td><td>1.97</td><td>27</td><td>5.4</td><td>22</td><td>11.4</td><td>410</td></tr>
<tr><td>{D('2026-02-10', 'us')}</td><td>2.19</td><td>24</td><td>5.8</td><td>21</td><td>11.0</td><td>455</td></tr>
</table>
<h2>ACTIVE MEDICATIONS</h2>
<table class="d">
<tr><td>lisinopril 20 mg tab</td><td>1 PO daily</td></tr>
<tr><td>amlodipine 10 mg tab</td><td>1 PO daily</td></tr>
<tr><td>furosemide 20 mg tab</td><td>1 PO qAM</td></tr>
<tr><td>atorvastatin 20 mg tab</td><td>1 PO qHS</td></tr>
<tr><td>sodium bicarbonate 650 mg tab</td><td>1 PO BID</td></tr>
</table>
<h2>PROBLEM LIST</h2>
<div style="padding:2px 4px">CKD stage 4; hypertension; hyperkalemia; anemia of CKD; hyperlipidemia; osteoporosis.</div>
<h2>ALLERGIES</h2>
<div style="padding:2px 4px">Penicillin (hives). Iodinated contrast (hives).</div>
<h2>PLAN</h2>
<div style="padding:2px 4px">Low-potassium diet handout given. Hold lisinopril if K &gt; 6.0. Repeat BMP in 2 weeks.
Nephrology to advise on ACE inhibitor continuation, renal diet and AV fistula timing.</div>
<div class="ft"><span>HANSEN, KJERSTI L &nbsp; {f['patient_mrn']} &nbsp; Printed {D('2026-02-18', 'us')} 07:58 by KJONES</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NF03", css, p1 + p2), fields=f, pages=2,
                kind="monospace_ehr_referral_order_printout_banner_icd_table_plus_clinical_summary_to_nephrology",
                mode="standard", dropouts={1: 3, 2: 2},
                fax=dict(when="02/18/2026 08:01", name="WASATCH FAM HLTH", number=f["referring_fax"],
                         to="8015079215", fmt="b"))


# ====================================================================== NF04
def nf04():
    """Specialty referral form with checkbox grids for specialty and urgency (Baton Rouge clinic -> ENT);
    narrow sans font, member ID printed in groups, preferred-provider line left blank."""
    f = {
        "patient_last_name": "Thibodeaux",
        "patient_first_name": "Renée",
        "patient_dob": "1991-04-02",
        "patient_sex": "F",
        "patient_phone": "2257613048",
        "insurance_payer": "Louisiana Healthcare Connections",
        "insurance_member_id": "U718230465",
        "referring_provider": "Claire Boudreaux",
        "referring_npi": npi("175521930"),
        "referring_phone": "2259265500",
        "referring_fax": "2259265521",
        "referred_to_specialty": "otolaryngology",
        "diagnosis_codes": ["H91.21", "H93.11"],
        "reason": "Sudden loss of hearing in the right ear for 3 days with ringing, no improvement on nasal steroid. "
                  "Please evaluate for oral steroids and audiogram.",
        "urgency": "urgent",
        "referral_date": "2026-02-24",
    }
    css = """
body { font-family: 'Liberation Sans Narrow', 'Nimbus Sans Narrow', sans-serif; font-size: 10.5pt; }
.hd { display:flex; justify-content:space-between; align-items:center; border-bottom:2px solid #000; padding-bottom:4px; }
.hd .n { font-size:16pt; font-weight:bold; }
.hd .r { text-align:right; font-size:9pt; line-height:1.3; }
h1 { font-size:14pt; text-align:center; margin:8px 0; letter-spacing:1px; }
fieldset { border:1.3px solid #000; margin:0 0 7px 0; padding:3px 8px 6px 8px; }
legend { font-weight:bold; font-size:10pt; padding:0 4px; }
.ln { display:flex; gap:12px; margin:4px 0; }
.ln > span { display:flex; flex:1; align-items:baseline; }
.ln > span > i { font-style:normal; font-size:9pt; white-space:nowrap; margin-right:4px; }
.ln > span > u { flex:1; text-decoration:none; border-bottom:1px solid #000; padding-left:3px; min-height:1.2em; }
.grid { display:grid; grid-template-columns:repeat(4, 1fr); row-gap:3px; font-size:10pt; }
.cb { font-size:9pt; }
.urg { display:flex; gap:26px; font-size:10.5pt; margin-top:2px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; border-top:1px solid #000; padding-top:2px; }
"""

    def ln(*pairs):
        return '<div class="ln">' + "".join(
            f'<span style="flex:{w}"><i>{l}</i><u>{v}</u></span>' for l, v, w in pairs) + "</div>"

    specs = ["Allergy", "Cardiology", "Dermatology", "Endocrinology", "ENT / Otolaryngology", "Gastroenterology",
             "General Surgery", "Neurology", "OB/GYN", "Orthopedics", "Pulmonology", "Urology"]
    grid = "".join(f"<span>{box(s.startswith('ENT'))}{s}</span>" for s in specs)
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Bayou Health Partners</div><div style="font-size:9pt">Family Practice &amp; Walk-In Care &middot; 9111 Bluebonnet Blvd, Baton Rouge, LA 70810</div></div>
<div class="r">Tel {P(f['referring_phone'], 'dot')}<br>Fax {P(f['referring_fax'], 'dot')}<br>Referral Coordinator ext. 214</div></div>
<h1>SPECIALTY REFERRAL FORM</h1>
<fieldset><legend>Patient</legend>
{ln(('Last name', 'Thibodeaux', 3), ('First name', 'Renée', 3), ('MI', 'C', 1))}
{ln(('Date of birth', D(f['patient_dob'], 'us_short'), 3), ('Sex', box(False) + 'M ' + box(True) + 'F', 2), ('Phone', P(f['patient_phone'], 'dash'), 3))}
{ln(('Address', '1742 Highland Rd, Apt 3B, Baton Rouge LA 70802', 1))}
{ln(('Responsible party / guarantor', 'Self', 2), ('Alt. contact', 'Marc Thibodeaux ' + P('2257610087', 'dash'), 3))}
</fieldset>
<fieldset><legend>Insurance</legend>
{ln(('Primary insurance', f['insurance_payer'], 3), ('Member ID', 'U7182 30465', 2))}
{ln(('Group', 'LAMCD', 1), ('Secondary insurance', 'none', 2), ('Prior auth required?', box(False) + 'Y ' + box(True) + 'N', 2))}
</fieldset>
<fieldset><legend>Referred to &mdash; check one specialty</legend>
<div class="grid">{grid}</div>
{ln(('Other', '', 2), ('Preferred provider / practice', '', 3))}
</fieldset>
<fieldset><legend>Clinical information</legend>
{ln(('ICD-10 diagnosis code(s)', 'H91.21 Sudden idiopathic hearing loss, right ear; H93.11 Tinnitus, right ear', 1))}
{ln(('Reason for referral', esc(f['reason']), 1))}
{ln(('Tests done', 'Whisper test reduced on right; Weber lateralizes to left. TMs normal. Started fluticasone 2/20.', 1))}
</fieldset>
<fieldset><legend>Urgency</legend>
<div class="urg"><span>{box(False)}Routine (2-4 weeks)</span><span>{box(True)}Urgent (within 72 hours)</span><span>{box(False)}STAT / same day</span></div>
</fieldset>
<fieldset><legend>Referring provider</legend>
{ln(('Name', 'Claire Boudreaux, APRN, FNP-C', 3), ('NPI', f['referring_npi'], 2))}
{ln(('Supervising physician', 'Louis Fontenot, MD', 3), ('Date', D(f['referral_date'], 'us'), 2))}
{ln(('Signature', '<span style="font-family:Z003,cursive;font-size:15pt">Claire Boudreaux</span>', 1))}
</fieldset>
<div class="ft">Specialist: please send consult report to Bayou Health Partners, fax {P(f['referring_fax'], 'dot')}. Office use: entered in log ____ scheduled ____</div>
</div></div>"""
    return dict(html=page("NF04", css, body), fields=f, pages=1,
                kind="fieldset_form_specialty_checkbox_grid_urgency_checkboxes_blank_preferred_provider_to_ent",
                mode="fine", skew={1: -0.8},
                fax=dict(when="02/24/2026 10:41", name="BAYOU HEALTH PARTNERS", number=f["referring_fax"],
                         to="2257694410", fmt="d"))


# ====================================================================== NF05
def nf05():
    """Packet: fax cover sheet (URGENT checkbox, sender/recipient fax numbers) + referral form + visit note
    (Tucson gynecology -> medical oncology). Page 2 skewed, page 3 has dropped lines."""
    f = {
        "patient_last_name": "Salazar",
        "patient_first_name": "Beatriz",
        "patient_dob": "1972-09-09",
        "patient_sex": "F",
        "patient_phone": "5204476619",
        "patient_mrn": "EPW-44821",
        "insurance_payer": "Arizona Complete Health",
        "insurance_member_id": "AZC334091876",
        "referring_provider": "Gabriela Ruiz",
        "referring_npi": npi("191366025"),
        "referring_phone": "5207953300",
        "referring_fax": "5207953310",
        "referred_to_specialty": "oncology",
        "referred_to_provider": "Samuel Achterberg",
        "diagnosis_codes": ["C50.411", "Z80.3"],
        "reason": "Newly diagnosed invasive ductal carcinoma of the right breast on core biopsy. Please see for "
                  "oncology consultation and treatment planning.",
        "urgency": "urgent",
        "referral_date": "2026-03-10",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.cov { font-family:'P052', 'Palatino Linotype', serif; font-size:12pt; }
.cov h1 { font-size:40pt; letter-spacing:6px; margin:0.3in 0 0.15in 0; border-bottom:4px solid #000; }
.cov table { width:100%; margin-top:10px; }
.cov td { padding:8px 6px; border-bottom:1px solid #000; vertical-align:top; }
.cov td.l { width:1.3in; font-weight:bold; }
.cov .chk { display:flex; gap:22px; margin:14px 0; font-size:12pt; }
.cov .cb { width:0.2in; height:0.2in; font-size:12pt; line-height:0.18in; }
.cov .conf { position:absolute; bottom:0; left:0; right:0; font-size:8.5pt; border:1px solid #000; padding:6px; }
.hd { display:flex; justify-content:space-between; border-bottom:1.5px solid #000; padding-bottom:4px; font-size:9pt; }
.hd b { font-size:12pt; }
h2 { font-size:13pt; margin:8px 0 6px 0; }
table.r { width:100%; }
table.r td { border:1px solid #000; padding:3px 5px; vertical-align:top; }
table.r td.h { background:#d0d0d0; font-weight:bold; }
.l { display:block; font-size:7.5pt; text-transform:uppercase; }
.note { font-size:9.5pt; line-height:1.35; }
.note h3 { font-size:10pt; margin:7px 0 1px 0; text-transform:uppercase; }
.note p { margin:0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""
    cover = f"""
<div class="sheet"><div class="inner cov">
<div style="display:flex;justify-content:space-between"><div><b style="font-size:15pt">El Presidio Women's Health</b><br>
2150 N Craycroft Rd, Suite 100<br>Tucson, Arizona 85712</div>
<div style="text-align:right">Phone {P(f['referring_phone'], 'dash')}<br>Fax {P(f['referring_fax'], 'dash')}</div></div>
<h1>FAX</h1>
<table>
<tr><td class="l">To:</td><td>New Patient Intake &mdash; Sonoran Cancer Center</td></tr>
<tr><td class="l">Fax:</td><td>{P('5203247788', 'dash')}</td></tr>
<tr><td class="l">Phone:</td><td>{P('5203247700', 'dash')}</td></tr>
<tr><td class="l">From:</td><td>Yesenia Molina, MA (for Dr. Gabriela Ruiz)</td></tr>
<tr><td class="l">Direct line:</td><td>{P('5207953342', 'dash')}</td></tr>
<tr><td class="l">Date:</td><td>{D('2026-03-10', 'abbr')}</td></tr>
<tr><td class="l">Pages:</td><td>3 (including cover)</td></tr>
<tr><td class="l">Re:</td><td>New referral &mdash; B. Salazar</td></tr>
</table>
<div class="chk"><span>{box(True)}Urgent</span><span>{box(False)}For Review</span><span>{box(False)}Please Comment</span><span>{box(True)}Please Reply</span></div>
<p>Comments: Referral, visit note and pathology summary attached. Patient is anxious to be seen; please call her
directly to schedule and fax the appointment confirmation to our office.</p>
<div class="conf">CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health information that is
legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying or distribution
is strictly prohibited. If you have received this fax in error, please notify the sender immediately by telephone.</div>
</div></div>"""
    hd = f"""<div class="hd"><div><b>El Presidio Women's Health</b><br>Gynecology &middot; Breast Health</div>
<div style="text-align:right">Ph {P(f['referring_phone'], 'paren')} &middot; Fx {P(f['referring_fax'], 'paren')}<br>2150 N Craycroft Rd, Tucson AZ 85712</div></div>"""
    ref = f"""
<div class="sheet"><div class="inner">
{hd}
<h2>Outpatient Referral</h2>
<table class="r">
<tr><td class="h" colspan="3">Patient</td></tr>
<tr><td><span class="l">Name</span>Beatriz A. Salazar</td><td><span class="l">Date of birth</span>{D(f['patient_dob'], 'long')}</td><td><span class="l">Sex</span>Female</td></tr>
<tr><td><span class="l">Phone</span>{P(f['patient_phone'], 'paren')}</td><td><span class="l">Patient #</span>{f['patient_mrn']}</td><td><span class="l">Preferred language</span>Spanish</td></tr>
<tr><td colspan="3"><span class="l">Address</span>5318 E 26th St, Tucson AZ 85711</td></tr>
<tr><td class="h" colspan="3">Insurance</td></tr>
<tr><td><span class="l">Plan</span>{f['insurance_payer']}</td><td><span class="l">Member no.</span>{f['insurance_member_id']}</td><td><span class="l">Group</span>AHCCCS</td></tr>
<tr><td class="h" colspan="3">Referral</td></tr>
<tr><td><span class="l">Specialty</span>Medical Oncology</td><td colspan="2"><span class="l">To</span>Samuel Achterberg, MD &mdash; Sonoran Cancer Center, 3838 N Campbell Ave, Tucson AZ 85719</td></tr>
<tr><td><span class="l">Priority</span>Urgent</td><td><span class="l">Referral date</span>{D(f['referral_date'], 'us')}</td><td><span class="l">Visits</span>Consult + 5</td></tr>
<tr><td colspan="3"><span class="l">Diagnosis (ICD-10)</span>C50.411 Malignant neoplasm of upper-outer quadrant of right female breast<br>Z80.3 Family history of malignant neoplasm of breast</td></tr>
<tr><td colspan="3"><span class="l">Reason for referral</span>{esc(f['reason'])}</td></tr>
<tr><td colspan="3"><span class="l">Supporting information</span>Diagnostic mammogram and ultrasound {D('2026-02-26', 'us')}: 1.9 cm irregular mass right breast 10 o'clock, BI-RADS 5.
US-guided core biopsy {D('2026-03-04', 'us')} (path accession SP26-01877): invasive ductal carcinoma, grade 2, ER+/PR+, HER2 pending.
Mother with breast cancer at age 51. Surgical referral to Dr. Helen Ortega placed the same day.</td></tr>
<tr><td class="h" colspan="3">Referring provider</td></tr>
<tr><td><span class="l">Name</span>Gabriela Ruiz, MD, FACOG</td><td><span class="l">NPI</span>{f['referring_npi']}</td><td><span class="l">Phone / Fax</span>{P(f['referring_phone'], 'dash')} / {P(f['referring_fax'], 'dash')}</td></tr>
<tr><td colspan="2" style="height:0.55in"><span class="l">Signature</span><span style="font-family:Z003,cursive;font-size:17pt">Gabriela Ruiz</span></td><td><span class="l">Date signed</span>{D('2026-03-10', 'us')}</td></tr>
</table>
<div class="ft"><span>Salazar, Beatriz &middot; {f['patient_mrn']}</span><span>Page 2 of 3</span></div>
</div></div>"""
    note = f"""
<div class="sheet"><div class="inner">
{hd}
<h2>Office Visit Note</h2>
<div class="note">
<p><b>Patient:</b> Salazar, Beatriz A. &nbsp; <b>DOB:</b> {D(f['patient_dob'], 'us')} &nbsp; <b>Visit:</b> {D('2026-03-06', 'us')} &nbsp; <b>Provider:</b> Gabriela Ruiz, MD</p>
<h3>Chief complaint</h3><p>Biopsy results.</p>
<h3>History of present illness</h3>
<p>53-year-old G2P2 who felt a lump in the right breast in January. Diagnostic imaging on {D('2026-02-26', 'us')} showed an
irregular 1.9 cm mass at 10 o'clock, 6 cm from the nipple, with one borderline axillary node. Ultrasound-guided core biopsy
on {D('2026-03-04', 'us')} shows invasive ductal carcinoma, Nottingham grade 2, ER 95%, PR 60%, HER2 IHC 2+ with FISH pending.
The axillary node was not biopsied. She denies bone pain, weight loss, headache or cough.</p>
<h3>Past history</h3>
<p>Hypothyroidism on levothyroxine. Menopause at 50. No prior breast biopsies. Mother with breast cancer at 51; maternal aunt
with ovarian cancer at 60. Nonsmoker.</p>
<h3>Exam</h3>
<p>BP 128/76, pulse 80. Right breast: firm 2 cm mobile mass upper outer quadrant, no skin changes. Right axilla: 1 cm mobile
node. Left breast and axilla normal. No supraclavicular nodes.</p>
<h3>Assessment</h3>
<p>1. Invasive ductal carcinoma, right breast, upper-outer quadrant (C50.411), clinical stage to be determined.<br>
2. Family history of breast cancer (Z80.3) &mdash; meets criteria for genetic counseling.</p>
<h3>Plan</h3>
<p>Results discussed with patient and her daughter (Marisela Salazar, {P('5204471023', 'paren')}). Urgent referrals to medical
oncology (Dr. Achterberg) and breast surgery (Dr. Helen Ortega). Breast MRI ordered. Genetic counseling referral placed.
Patient given nurse navigator contact. Follow up after oncology consult.</p>
<p style="margin-top:10px">Electronically signed by Gabriela Ruiz, MD on {D('2026-03-06', 'us')} at 17:48</p>
</div>
<div class="ft"><span>Salazar, Beatriz &middot; {f['patient_mrn']}</span><span>Page 3 of 3</span></div>
</div></div>"""
    return dict(html=page("NF05", css, cover + ref + note), fields=f, pages=3,
                kind="packet_fax_cover_urgent_checkbox_plus_referral_grid_plus_visit_note_gyn_to_oncology",
                mode="standard", skew={2: 1.6}, dropouts={3: 2},
                fax=dict(when="03/10/2026 14:09", name="EL PRESIDIO WOMENS HLTH", number=f["referring_fax"],
                         to="5203247788", fmt="g"))
