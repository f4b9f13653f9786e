"""NO01-NO05 document builders. Each returns dict(html, fields, pages, kind, mode, fax[, skew, dropouts]).

Theme of set X: an ordinary week (Apr 13-17, 2026) of referrals arriving on a busy multispecialty clinic's fax:
primary-care referral forms, letters on letterhead, EHR referral-order printouts, cover sheets in front and
attachments behind. Senders from the Midwest, Northeast, Southeast and Plains; one specialty per document.
"""
from common import npi, P, D, box, page, esc


# ====================================================================== NO01
def no01():
    """Columbus OH family practice 'Outpatient Referral Request': two-column label/value rows under grey-shaded
    section bars, Arial 9pt, regular values, priority radio boxes; Medicare primary + Medigap secondary."""
    f = {
        "patient_last_name": "Kowalczyk",
        "patient_first_name": "Gerald",
        "patient_dob": "1951-06-03",
        "patient_sex": "M",
        "patient_phone": "6148820417",
        "patient_mrn": "ACF-0098213",
        "insurance_payer": "Medicare",
        "insurance_member_id": "3KV7WR2HN58",
        "referring_provider": "Anne-Marie Delgado",
        "referring_npi": npi("147302958"),
        "referring_phone": "6148917200",
        "referring_fax": "6148917299",
        "referred_to_specialty": "cardiology",
        "referred_to_provider": "Rajesh Venkataraman",
        "diagnosis_codes": ["R07.89", "R94.31", "I10"],
        "reason": "Exertional chest pressure for 3 weeks relieved by rest, new T-wave inversions in V4-V6 on ECG. "
                  "Please evaluate for stress testing and ischemic workup.",
        "urgency": "urgent",
        "referral_date": "2026-04-13",
    }
    css = """
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 9pt; }
.top { display:flex; justify-content:space-between; align-items:flex-start; }
.top .n { font-size:14pt; font-weight:bold; }
.top .a { font-size:8.5pt; line-height:1.35; }
.top .r { font-size:8.5pt; line-height:1.35; text-align:right; }
h1 { font-size:14pt; text-align:center; margin:10px 0 2px 0; letter-spacing:1px; }
.sub { text-align:center; font-size:8pt; margin-bottom:6px; }
.sec { background:#d6d6d6; border:1px solid #000; font-weight:bold; font-size:9.5pt; padding:2px 6px; margin-top:7px; }
table.t { width:100%; table-layout:fixed; border:1px solid #000; border-top:none; }
table.t td { padding:3px 6px; vertical-align:top; border-bottom:0.6px solid #777; }
table.t td.l { width:1.35in; font-weight:bold; }
table.t td.l2 { width:1.15in; font-weight:bold; }
.cbr { display:inline-block; width:0.13in; height:0.13in; border:1.2px solid #000; border-radius:50%; text-align:center;
       font: bold 8pt/0.11in Arial, sans-serif; vertical-align:-2px; margin:0 3px 0 8px; }
.sig { margin-top:14px; display:flex; gap:0.3in; align-items:flex-end; }
.sig div { flex:1; border-bottom:1px solid #000; height:0.32in; font-family:'Z003', cursive; font-size:15pt; }
.sigl { display:flex; gap:0.3in; font-size:7.5pt; }
.sigl div { flex:1; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; border-top:1px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
"""

    def r2(l1, v1, l2, v2):
        return f'<tr><td class="l">{l1}</td><td>{v1}</td><td class="l2">{l2}</td><td>{v2}</td></tr>'

    def r1(l1, v1):
        return f'<tr><td class="l">{l1}</td><td colspan="3">{v1}</td></tr>'

    def radio(on, label):
        return f'<span class="cbr">{"&#9679;" if on else "&nbsp;"}</span>{label}'

    body = f"""
<div class="sheet"><div class="inner">
<div class="top"><div><div class="n">Alum Creek Family Physicians</div>
<div class="a">A member of Central Ohio Primary Care Partners<br>585 N. State Street, Suite 300 &bull; Westerville, OH 43082</div></div>
<div class="r">Phone: {P(f['referring_phone'], 'paren')}<br>Fax: {P(f['referring_fax'], 'paren')}<br>Referrals ext. 2214</div></div>
<h1>OUTPATIENT REFERRAL REQUEST</h1>
<div class="sub">Please complete all sections. Attach office notes, labs and imaging. Incomplete referrals may delay scheduling.</div>
<div class="sec">Patient Information</div>
<table class="t">
{r2('Patient Name:', 'Kowalczyk, Gerald T.', 'Date of Birth:', D(f['patient_dob'], 'us'))}
{r2('Sex:', 'Male', 'Chart #:', f['patient_mrn'])}
{r2('Home Phone:', P(f['patient_phone'], 'dash'), 'Alt. Phone:', P('6148823106', 'dash') + ' (wife)')}
{r1('Address:', '7720 Tussic Street Rd, Westerville, OH 43082')}
</table>
<div class="sec">Insurance Information</div>
<table class="t">
{r2('Primary Ins:', 'Medicare', 'Member ID:', f['insurance_member_id'])}
{r2('Secondary Ins:', 'AARP Medicare Supplement Plan G', 'Member ID:', '38617204411')}
{r2('Auth Required:', 'No', 'Auth #:', '')}
</table>
<div class="sec">Referring Provider</div>
<table class="t">
{r2('Provider:', 'Anne-Marie Delgado, MD', 'NPI:', f['referring_npi'])}
{r2('Phone:', P(f['referring_phone'], 'paren'), 'Fax:', P(f['referring_fax'], 'paren'))}
{r2('Contact:', 'Brianna Held, Referral Coord.', 'Date:', D(f['referral_date'], 'us'))}
</table>
<div class="sec">Referred To</div>
<table class="t">
{r2('Specialty:', 'Cardiology', 'Provider:', 'Rajesh Venkataraman, MD')}
{r2('Practice:', 'Scioto Valley Cardiology', 'Fax:', P('6145661840', 'paren'))}
{r1('Address:', '3545 Olentangy River Rd, Suite 510, Columbus, OH 43214 &nbsp;&nbsp; Phone ' + P('6145661800', 'paren'))}
</table>
<div class="sec">Referral Details</div>
<table class="t">
{r1('Priority:', radio(False, 'Routine') + radio(True, 'Urgent (within 72 hrs)') + radio(False, 'STAT'))}
{r1('Type of Visit:', box(True) + 'Consult &amp; Treat &nbsp; ' + box(False) + 'Consult Only &nbsp; ' + box(False) + 'Second Opinion')}
{r1('Diagnosis / ICD-10:', 'R07.89 &ndash; Other chest pain<br>R94.31 &ndash; Abnormal electrocardiogram [ECG] [EKG]<br>I10 &ndash; Essential (primary) hypertension')}
{r1('Reason for Referral:', esc(f['reason']))}
{r1('Pertinent History:', 'HTN x 12 yrs on amlodipine 10 mg and lisinopril 20 mg. Former smoker (30 pack-yrs, quit 2011). LDL 142 on '
     + D('2026-03-30', 'us') + '. Father with MI at 58. ECG in office ' + D('2026-04-10', 'us') + ' attached.')}
{r1('Enclosures:', box(True) + 'Office note &nbsp; ' + box(True) + 'ECG &nbsp; ' + box(True) + 'Labs &nbsp; ' + box(False) + 'Imaging &nbsp; ' + box(True) + 'Med list')}
</table>
<div class="sig"><div>A. Delgado MD</div><div style="font-family:Arial;font-size:9pt">{D(f['referral_date'], 'us')}</div></div>
<div class="sigl"><div>Referring provider signature</div><div>Date</div></div>
<div class="ft"><span>ACFP-REF-01 rev 11/2023</span><span>CONFIDENTIAL &mdash; contains PHI</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NO01", css, body), fields=f, pages=1,
                kind="pcp_outpatient_referral_request_two_column_grey_section_bars_radio_priority_medicare_medigap_to_cardiology",
                mode="fine",
                fax=dict(when="04/13/2026 15:47", name="ALUM CREEK FAM PHYS", number=f["referring_fax"],
                         to="6145661840", fmt="a"))


# ====================================================================== NO02
def no02():
    """Portland ME family doctor's letter (Times) to a gastroenterologist, no urgency word, no MRN; page 2 is the
    reference lab's CBC / iron panel (which carries the patient's sex)."""
    f = {
        "patient_last_name": "Haskell",
        "patient_first_name": "Linnea",
        "patient_dob": "1963-02-19",
        "patient_sex": "F",
        "patient_phone": "2078316624",
        "insurance_payer": "Anthem Blue Cross and Blue Shield",
        "insurance_member_id": "YRH847201553",
        "referring_provider": "Thomas Whitcomb",
        "referring_npi": npi("158840217"),
        "referring_phone": "2077734410",
        "referring_fax": "2077734492",
        "referred_to_specialty": "gastroenterology",
        "referred_to_provider": "Priya Raman",
        "diagnosis_codes": ["D50.9", "R19.5"],
        "reason": "Iron deficiency anemia with a positive FIT; please evaluate with colonoscopy and upper endoscopy.",
        "urgency": "routine",
        "referral_date": "2026-04-13",
    }
    css = """
body { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 11pt; line-height:1.36; }
.lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:1px solid #000; padding-bottom:4px; }
.lh .n { font-size:18pt; font-variant:small-caps; letter-spacing:1px; }
.lh .s { font-size:9pt; text-align:right; line-height:1.3; }
.date { margin:16px 0 12px 0; }
p { margin:0 0 9px 0; }
.re td { padding:0 10px 0 0; vertical-align:top; }
.sig { font-family:'Z003', cursive; font-size:19pt; margin:2px 0 0 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; border-top:1px solid #000; padding-top:2px; }
.lab { font-family:'Liberation Sans', Arial, sans-serif; font-size:9pt; }
.lab .hdr { display:flex; justify-content:space-between; border:1.5px solid #000; padding:5px 7px; }
.lab .hdr b { font-size:12pt; }
.lab table { width:100%; border-collapse:collapse; margin-top:8px; }
.lab td, .lab th { padding:2px 5px; text-align:left; }
.lab th { background:#000; color:#fff; font-size:8.5pt; }
.lab tr.g td { background:#e6e6e6; font-weight:bold; }
.lab .pt td { border:1px solid #000; }
"""
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">Casco Bay Family Medicine</div>
<div class="s">22 Bramhall Street, Suite 4 &middot; Portland, Maine 04102<br>
Tel {P(f['referring_phone'], 'dot')} &middot; Fax {P(f['referring_fax'], 'dot')}</div></div>
<div class="date">{D(f['referral_date'], 'long')}</div>
<div>Priya Raman, MD<br>Maine Digestive Health Associates<br>100 Brickhill Avenue, Suite 200<br>South Portland, ME 04106</div>
<p style="margin-top:12px"><table class="re">
<tr><td><b>Re:</b></td><td><b>Linnea Haskell</b> &nbsp; (DOB {D(f['patient_dob'], 'us')})</td></tr>
<tr><td></td><td>Phone {P(f['patient_phone'], 'dot')}</td></tr>
<tr><td></td><td>{f['insurance_payer']}, ID {f['insurance_member_id']}</td></tr>
</table></p>
<p>Dear Dr. Raman,</p>
<p>Thank you for seeing my patient, Ms. Linnea Haskell, a 63-year-old retired school librarian. I am referring her for
gastroenterology consultation for the following: {esc(f['reason'])}</p>
<p>Ms. Haskell came in on {D('2026-03-24', 'long')} with several months of fatigue and exertional breathlessness on
the stairs at home. She has had no overt melena or hematochezia, no change in bowel habit and no weight loss, and she
takes naproxen 220 mg a few times a week for knee pain. Her hemoglobin was 9.4 g/dL with an MCV of 74 and a ferritin of
6; a FIT collected on {D('2026-04-02', 'long')} returned positive. She has never had a colonoscopy, having declined
screening at 50 and 55. Her brother was diagnosed with colon cancer at 61.</p>
<p>I have started ferrous sulfate 325 mg every other day and asked her to stop the naproxen. Her working diagnoses
are iron deficiency anemia, unspecified (D50.9) and other fecal abnormalities, positive FIT (R19.5). The lab report is
enclosed. She has no cardiac or pulmonary history that I would expect to complicate sedation, and she is not on any
anticoagulant.</p>
<p>She prefers morning appointments and can be reached directly on her home number above. Please send your
consultation note to my office by fax at {P(f['referring_fax'], 'dot')}.</p>
<p>With thanks and kind regards,</p>
<div class="sig">Tom Whitcomb</div>
<div>Thomas J. Whitcomb, DO<br>Family Medicine &middot; NPI {f['referring_npi']}</div>
<div style="font-size:9.5pt;margin-top:10px">Enclosure: Laboratory report of {D('2026-03-25', 'us')}<br>cc: Linnea Haskell</div>
<div class="ft">CONFIDENTIAL: This communication contains protected health information intended only for the addressee.</div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner lab">
<div class="hdr"><div><b>NORTHERN NEW ENGLAND LABORATORIES</b><br>871 Congress Street, Portland ME 04102 &middot; CLIA 20D0671144</div>
<div style="text-align:right">Client Services {P('2078718800', 'dash')}<br>Medical Director: Carol Lindqvist, MD</div></div>
<table class="pt">
<tr><td><b>Patient:</b> HASKELL, LINNEA M</td><td><b>DOB:</b> {D(f['patient_dob'], 'us')}</td><td><b>Sex:</b> F</td><td><b>Age:</b> 63 Y</td></tr>
<tr><td><b>Specimen:</b> NN2603250417</td><td><b>Collected:</b> {D('2026-03-25', 'us')} 07:52</td><td colspan="2"><b>Reported:</b> {D('2026-03-25', 'us')} 15:10</td></tr>
<tr><td colspan="2"><b>Ordering:</b> WHITCOMB, THOMAS J, DO</td><td colspan="2"><b>Account:</b> CASCO BAY FAM MED #50218</td></tr>
</table>
<table>
<tr><th>TEST</th><th>RESULT</th><th>FLAG</th><th>UNITS</th><th>REFERENCE INTERVAL</th></tr>
<tr class="g"><td colspan="5">CBC WITH DIFFERENTIAL/PLATELET</td></tr>
<tr><td>WBC</td><td>6.1</td><td></td><td>x10E3/uL</td><td>3.4-10.8</td></tr>
<tr><td>RBC</td><td>4.02</td><td></td><td>x10E6/uL</td><td>3.77-5.28</td></tr>
<tr><td>Hemoglobin</td><td>9.4</td><td>L</td><td>g/dL</td><td>11.1-15.9</td></tr>
<tr><td>Hematocrit</td><td>30.1</td><td>L</td><td>%</td><td>34.0-46.6</td></tr>
<tr><td>MCV</td><td>74</td><td>L</td><td>fL</td><td>79-97</td></tr>
<tr><td>MCH</td><td>23.4</td><td>L</td><td>pg</td><td>26.6-33.0</td></tr>
<tr><td>RDW</td><td>18.2</td><td>H</td><td>%</td><td>11.7-15.4</td></tr>
<tr><td>Platelets</td><td>412</td><td></td><td>x10E3/uL</td><td>150-450</td></tr>
<tr class="g"><td colspan="5">IRON AND TIBC / FERRITIN</td></tr>
<tr><td>Iron, Serum</td><td>21</td><td>L</td><td>ug/dL</td><td>27-159</td></tr>
<tr><td>TIBC</td><td>468</td><td>H</td><td>ug/dL</td><td>250-450</td></tr>
<tr><td>Iron Saturation</td><td>4</td><td>LL</td><td>%</td><td>15-55</td></tr>
<tr><td>Ferritin</td><td>6</td><td>L</td><td>ng/mL</td><td>15-150</td></tr>
<tr class="g"><td colspan="5">COMPREHENSIVE METABOLIC PANEL (SELECTED)</td></tr>
<tr><td>Glucose</td><td>92</td><td></td><td>mg/dL</td><td>70-99</td></tr>
<tr><td>BUN</td><td>14</td><td></td><td>mg/dL</td><td>8-27</td></tr>
<tr><td>Creatinine</td><td>0.78</td><td></td><td>mg/dL</td><td>0.57-1.00</td></tr>
<tr><td>eGFR</td><td>85</td><td></td><td>mL/min/1.73</td><td>&gt;59</td></tr>
<tr><td>ALT (SGPT)</td><td>18</td><td></td><td>IU/L</td><td>0-32</td></tr>
<tr><td>Albumin</td><td>4.0</td><td></td><td>g/dL</td><td>3.8-4.8</td></tr>
</table>
<p style="margin-top:12px;font-size:8.5pt">FIT (fecal immunochemical test), collected {D('2026-04-02', 'us')}: POSITIVE (reported separately, accession NN2604020093).</p>
<p style="font-size:8.5pt">Flags: L = low, H = high, LL = critically low. Results reviewed by T. Whitcomb DO {D('2026-03-26', 'us')}.</p>
<div class="ft" style="font-family:'Liberation Sans',Arial,sans-serif">HASKELL, LINNEA M &middot; NN2603250417 &middot; Page 1 of 1 &middot; FINAL REPORT</div>
</div></div>"""
    return dict(html=page("NO02", css, p1 + p2), fields=f, pages=2,
                kind="family_doctor_letter_times_no_urgency_no_mrn_plus_lab_report_with_sex_to_gastroenterology",
                mode="standard", urgency_printed=False, skew={1: 1.1},
                fax=dict(when="04/13/2026 12:31", name="CASCO BAY FAM MED", number=f["referring_fax"],
                         to="2077759120", fmt="c"))


# ====================================================================== NO03
def no03():
    """Minneapolis community clinic EHR 'Ambulatory Referral to Dermatology' order printout: condensed sans 8pt,
    LAST, FIRST names, order header table, coverage block; page 2 is the attached visit summary with meds."""
    f = {
        "patient_last_name": "Vang",
        "patient_first_name": "Kou",
        "patient_dob": "1988-10-27",
        "patient_sex": "M",
        "patient_phone": "6123075518",
        "patient_mrn": "E4417028",
        "insurance_payer": "UCare",
        "insurance_member_id": "00418827301",
        "referring_provider": "Hodan Abdi",
        "referring_npi": npi("176620439"),
        "referring_phone": "6125884100",
        "referring_fax": "6125884190",
        "referred_to_specialty": "dermatology",
        "referred_to_provider": "Elise Thorsgaard",
        "diagnosis_codes": ["D48.5", "Z80.8"],
        "reason": "Changing pigmented lesion on left upper back, 9 mm with irregular border and color variation. "
                  "Please evaluate and biopsy.",
        "urgency": "routine",
        "referral_date": "2026-04-09",
    }
    css = """
body { font-family: 'Liberation Sans Narrow', 'Arial Narrow', 'Nimbus Sans Narrow', sans-serif; font-size: 8.5pt; }
.bar { display:flex; justify-content:space-between; border-bottom:2px solid #000; padding-bottom:3px; }
.bar .n { font-size:12pt; font-weight:bold; }
.ptb { margin:5px 0; border:1px solid #000; padding:4px 6px; display:flex; justify-content:space-between; font-size:9pt; }
h1 { font-size:13pt; margin:8px 0 2px 0; }
h2 { font-size:9.5pt; margin:8px 0 2px 0; border-bottom:1px solid #000; }
table.k { width:100%; table-layout:fixed; }
table.k td { padding:1px 4px; vertical-align:top; }
table.k td.l { width:1.35in; color:#000; }
table.k td.v { font-weight:bold; }
table.dx { width:100%; border:1px solid #000; }
table.dx th { text-align:left; border-bottom:1px solid #000; background:#e0e0e0; padding:1px 4px; }
table.dx td { padding:1px 4px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; border-top:1px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
.mono { font-family:'Liberation Mono', monospace; font-size:8pt; }
"""
    banner = f"""<div class="bar"><div><span class="n">Northside Community Clinic &ndash; Camden</span><br>
4201 Lyndale Ave N, Minneapolis MN 55412 &middot; Ph {P(f['referring_phone'], 'dash')} &middot; Fax {P(f['referring_fax'], 'dash')}</div>
<div style="text-align:right">Printed {D('2026-04-14', 'us')} 09:18 by MHER<br>Dept: NCC CAMDEN FAMILY MED</div></div>
<div class="ptb"><span><b>VANG, KOU</b></span><span>MRN: <b>{f['patient_mrn']}</b></span><span>DOB: {D(f['patient_dob'], 'us')} (37 y.o.)</span><span>Sex: M</span><span>PCP: ABDI, HODAN A</span></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{banner}
<h1>Ambulatory Referral to Dermatology</h1>
<div>Order #: 418872204 &nbsp;&middot;&nbsp; Status: Signed &nbsp;&middot;&nbsp; Referral ID: 2290471</div>
<h2>Order Details</h2>
<table class="k">
<tr><td class="l">Ordered on</td><td class="v">{D(f['referral_date'], 'us')} 16:05</td><td class="l">Authorized by</td><td class="v">ABDI, HODAN A, CNP</td></tr>
<tr><td class="l">Priority</td><td class="v">Routine</td><td class="l">Class</td><td class="v">Internal Referral</td></tr>
<tr><td class="l">Referral type</td><td class="v">Consultation</td><td class="l">Number of visits</td><td class="v">1</td></tr>
<tr><td class="l">Expires</td><td class="v">{D('2026-10-06', 'us')}</td><td class="l">Requested by</td><td class="v">Hodan Abdi, CNP</td></tr>
</table>
<h2>Referred By</h2>
<table class="k">
<tr><td class="l">Provider</td><td class="v">Hodan A Abdi, CNP</td><td class="l">NPI</td><td class="v">{f['referring_npi']}</td></tr>
<tr><td class="l">Department</td><td class="v">NCC Camden Family Medicine</td><td class="l">Phone / Fax</td><td class="v">{P(f['referring_phone'], 'dash')} / {P(f['referring_fax'], 'dash')}</td></tr>
</table>
<h2>Referred To</h2>
<table class="k">
<tr><td class="l">Specialty</td><td class="v">Dermatology</td><td class="l">Provider</td><td class="v">Thorsgaard, Elise, MD</td></tr>
<tr><td class="l">Department</td><td class="v">North Loop Dermatology</td><td class="l">Phone / Fax</td><td class="v">{P('6123395120', 'dash')} / {P('6123395129', 'dash')}</td></tr>
<tr><td class="l">Address</td><td class="v" colspan="3">700 Washington Ave N, Suite 310, Minneapolis MN 55401</td></tr>
</table>
<h2>Patient</h2>
<table class="k">
<tr><td class="l">Name</td><td class="v">Vang, Kou</td><td class="l">Legal sex</td><td class="v">Male</td></tr>
<tr><td class="l">Home phone</td><td class="v">{P(f['patient_phone'], 'dash')}</td><td class="l">Mobile</td><td class="v">&mdash;</td></tr>
<tr><td class="l">Address</td><td class="v" colspan="3">3318 Emerson Ave N, Minneapolis MN 55412</td></tr>
<tr><td class="l">Language</td><td class="v">Hmong &mdash; interpreter needed</td><td class="l">Preferred contact</td><td class="v">Home phone</td></tr>
</table>
<h2>Coverage</h2>
<table class="k">
<tr><td class="l">Payer</td><td class="v">UCARE</td><td class="l">Plan</td><td class="v">PMAP MEDICAL ASSISTANCE</td></tr>
<tr><td class="l">Subscriber ID</td><td class="v">{f['insurance_member_id']}</td><td class="l">Group</td><td class="v">MNMA01</td></tr>
<tr><td class="l">Subscriber</td><td class="v">VANG, KOU</td><td class="l">Coverage status</td><td class="v">Active (verified {D('2026-04-09', 'us')})</td></tr>
</table>
<h2>Diagnoses</h2>
<table class="dx"><tr><th style="width:0.9in">Code</th><th>Description</th><th style="width:0.8in">Type</th></tr>
<tr><td>D48.5</td><td>Neoplasm of uncertain behavior of skin</td><td>Primary</td></tr>
<tr><td>Z80.8</td><td>Family history of malignant neoplasm of other organs or systems</td><td>Secondary</td></tr></table>
<h2>Reason for Referral</h2>
<div style="font-weight:bold">{esc(f['reason'])}</div>
<h2>Comments</h2>
<div>Lesion photographed {D('2026-04-09', 'us')} (in media tab). Mother treated for melanoma in 2019. No prior skin biopsies.
Patient works outdoors (landscaping). Please schedule with Hmong interpreter.</div>
<div style="margin-top:8px">Electronically signed by: Hodan A Abdi, CNP on {D(f['referral_date'], 'us')} 16:07</div>
<div class="ft"><span>VANG, KOU &middot; MRN {f['patient_mrn']}</span><span>Referral 2290471</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{banner}
<h1>Visit Summary &ndash; Office Visit {D('2026-04-09', 'us')}</h1>
<div>Provider: Hodan A Abdi, CNP &middot; Visit type: Acute &middot; Reason: spot on back</div>
<h2>Vitals</h2>
<div class="mono">BP 124/78 &nbsp; P 72 &nbsp; T 98.1 F &nbsp; Wt 71.2 kg &nbsp; Ht 170 cm &nbsp; BMI 24.6</div>
<h2>History of Present Illness</h2>
<div>37 y.o. male presents with a mole on the left upper back that his wife noticed has grown and darkened over the past
4 months. Occasionally itchy, no bleeding. No other changing lesions. Mother had melanoma excised in 2019 (arm).</div>
<h2>Exam &ndash; Skin</h2>
<div>Left upper back (scapular area): 9 x 7 mm macule with irregular notched border, two shades of brown with a central
darker area. No ulceration. No palpable axillary or cervical nodes. Scattered benign-appearing nevi elsewhere.</div>
<h2>Assessment / Plan</h2>
<div>1. Neoplasm of uncertain behavior of skin (D48.5) &mdash; dermatology referral for evaluation and biopsy.<br>
2. Family history of melanoma (Z80.8) &mdash; full skin exam annually; sun protection counseling given.</div>
<h2>Current Medications</h2>
<table class="dx"><tr><th>Medication</th><th>Sig</th><th style="width:1in">Start</th></tr>
<tr><td>Loratadine 10 mg tablet</td><td>1 tab by mouth daily as needed for allergies</td><td>{D('2024-05-02', 'us')}</td></tr>
<tr><td>Omeprazole 20 mg capsule</td><td>1 cap by mouth daily before breakfast</td><td>{D('2025-11-18', 'us')}</td></tr></table>
<h2>Allergies</h2>
<div>Sulfa (Sulfonamide Antibiotics) &mdash; rash</div>
<h2>Problem List</h2>
<div>GERD (K21.9) &middot; Seasonal allergic rhinitis (J30.2) &middot; Neoplasm of uncertain behavior of skin (D48.5)</div>
<div class="ft"><span>VANG, KOU &middot; MRN {f['patient_mrn']}</span><span>Referral 2290471</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NO03", css, p1 + p2), fields=f, pages=2,
                kind="ehr_ambulatory_referral_order_printout_condensed_font_last_first_payer_plan_split_plus_visit_summary_to_dermatology",
                mode="fine",
                fax=dict(when="04/14/2026 09:21", name="NCC CAMDEN", number=f["referring_fax"],
                         to="6123395129", fmt="h"))


# ====================================================================== NO04
def no04():
    """Louisville KY packet: Verdana fax cover sheet, then a referral form with black section bars and urgency
    checkboxes (blank preferred provider), then a medication list. Medicare Advantage HMO."""
    f = {
        "patient_last_name": "Greenwell",
        "patient_first_name": "Dolores",
        "patient_dob": "1949-12-08",
        "patient_sex": "F",
        "patient_phone": "5024513390",
        "patient_mrn": "HPC-227104",
        "insurance_payer": "Humana Gold Plus HMO",
        "insurance_member_id": "H41827735",
        "referring_provider": "Marcus Benningfield",
        "referring_npi": npi("120953386"),
        "referring_phone": "5024597700",
        "referring_fax": "5024597718",
        "referred_to_specialty": "neurology",
        "diagnosis_codes": ["R25.1", "R26.89"],
        "reason": "Progressive resting tremor of the right hand and shuffling gait for 6 months. "
                  "Please evaluate for Parkinson disease.",
        "urgency": "routine",
        "referral_date": "2026-04-14",
    }
    css = """
body { font-family: Verdana, 'DejaVu Sans', sans-serif; font-size: 8.5pt; }
.cov h1 { font: bold 34pt Verdana, 'DejaVu Sans', sans-serif; margin:0.35in 0 0.1in 0; }
.cov .org { font-size:10pt; line-height:1.45; }
.cov table { width:100%; margin-top:14px; font-size:10pt; }
.cov td { padding:7px 4px; border-bottom:1px dotted #000; }
.cov td.l { width:1.2in; font-weight:bold; }
.cov .msg { margin-top:16px; border:1.5px solid #000; padding:8px; min-height:1.4in; font-size:10pt; }
.cov .conf { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; line-height:1.35; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; }
.hd .n { font-size:12pt; font-weight:bold; }
.ttl { text-align:center; font-size:13pt; font-weight:bold; margin:6px 0; }
.bb { background:#000; color:#fff; font-weight:bold; padding:2px 6px; margin-top:6px; font-size:8.5pt; letter-spacing:0.5px; }
.grid { display:grid; grid-template-columns: 1.2in 1fr 1.05in 1fr; border:1px solid #000; border-top:none; }
.grid div { padding:3px 5px; border-top:0.6px solid #999; }
.grid .l { font-size:7.5pt; }
.grid .v { font-weight:bold; font-size:9pt; }
.grid .w { grid-column: 2 / 5; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
table.m { width:100%; border-collapse:collapse; margin-top:6px; }
table.m th, table.m td { border:1px solid #000; padding:3px 5px; text-align:left; vertical-align:top; }
table.m th { background:#ddd; }
"""
    cover = f"""
<div class="sheet"><div class="inner cov">
<div class="org"><b style="font-size:13pt">Highlands Primary Care Associates</b><br>
2401 Bardstown Road, Suite 105<br>Louisville, KY 40205<br>
Phone {P(f['referring_phone'], 'dash')} &nbsp;|&nbsp; Fax {P(f['referring_fax'], 'dash')}</div>
<h1>Fax Transmittal</h1>
<table>
<tr><td class="l">To:</td><td>Referral Intake / New Patients</td><td class="l">From:</td><td>Keisha Moorman, Referrals</td></tr>
<tr><td class="l">Company:</td><td>Falls City Neurology Group</td><td class="l">Date:</td><td>{D('2026-04-14', 'us')}</td></tr>
<tr><td class="l">Fax:</td><td>{P('5028952260', 'dash')}</td><td class="l">Pages:</td><td>3 incl. cover</td></tr>
<tr><td class="l">Phone:</td><td>{P('5028952200', 'dash')}</td><td class="l">Re:</td><td>Neurology referral</td></tr>
</table>
<div style="margin-top:12px;font-size:10pt">{box(False)}Urgent &nbsp;&nbsp; {box(True)}For Review &nbsp;&nbsp; {box(False)}Please Comment &nbsp;&nbsp; {box(True)}Please Reply &nbsp;&nbsp; {box(False)}Please Recycle</div>
<div class="msg">Please find attached a new referral for D. Greenwell. Humana referral has been submitted in the portal.
Kindly contact the patient to schedule and fax the appointment date and time back to us. Thank you!</div>
<div class="conf">The information contained in this facsimile is confidential and may be legally privileged. It is intended only for
the use of the recipient named above. If you are not the intended recipient, any review, dissemination or copying of this
communication is strictly prohibited. If you received this fax in error, please notify us by telephone and destroy the original.</div>
</div></div>"""

    def g(l1, v1, l2=None, v2=None):
        if l2 is None:
            return f'<div class="l">{l1}</div><div class="v w">{v1}</div>'
        return f'<div class="l">{l1}</div><div class="v">{v1}</div><div class="l">{l2}</div><div class="v">{v2}</div>'

    ref = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">HIGHLANDS PRIMARY CARE ASSOCIATES</div>2401 Bardstown Rd, Ste 105, Louisville KY 40205</div>
<div style="text-align:right">Ph {P(f['referring_phone'], 'dash')}<br>Fax {P(f['referring_fax'], 'dash')}</div></div>
<div class="ttl">SPECIALTY REFERRAL FORM</div>
<div class="bb">PATIENT DEMOGRAPHICS</div>
<div class="grid">
{g('Last Name', 'GREENWELL', 'First Name', 'DOLORES')}
{g('DOB', D(f['patient_dob'], 'mmddyy'), 'Sex', 'F')}
{g('Phone', P(f['patient_phone'], 'paren'), 'Acct / MRN', f['patient_mrn'])}
{g('Address', '1816 Eastern Pkwy, Louisville KY 40204')}
{g('Caregiver', 'Ronald Greenwell (son)', 'Caregiver Ph', P('5026380147', 'paren'))}
</div>
<div class="bb">INSURANCE</div>
<div class="grid">
{g('Plan Name', f['insurance_payer'], 'Member ID', f['insurance_member_id'])}
{g('Plan Ref #', '118840273', 'PCP on Card', 'Benningfield, Marcus')}
</div>
<div class="bb">REFERRING PHYSICIAN</div>
<div class="grid">
{g('Name', 'Marcus L. Benningfield, MD', 'NPI', f['referring_npi'])}
{g('Phone', P(f['referring_phone'], 'dash'), 'Fax', P(f['referring_fax'], 'dash'))}
</div>
<div class="bb">REFERRAL TO</div>
<div class="grid">
{g('Specialty', 'Neurology', 'Preferred Dr.', '')}
{g('Facility', 'Falls City Neurology Group &ndash; 4003 Kresge Way, Louisville KY 40207')}
</div>
<div class="bb">CLINICAL INFORMATION</div>
<div class="grid">
{g('Urgency', box(True) + 'Routine &nbsp; ' + box(False) + 'Urgent &nbsp; ' + box(False) + 'Emergent')}
{g('Diagnosis 1', 'R25.1 Tremor, unspecified')}
{g('Diagnosis 2', 'R26.89 Other abnormalities of gait and mobility')}
{g('Reason', esc(f['reason']))}
{g('Findings', 'Pill-rolling tremor R hand at rest, mild cogwheel rigidity R wrist, reduced arm swing R, stooped posture. '
   'No falls yet. TSH normal ' + D('2026-03-31', 'mmddyy') + '. MoCA 26/30.')}
{g('Attached', box(True) + 'Med list &nbsp; ' + box(False) + 'Office note &nbsp; ' + box(False) + 'Labs &nbsp; ' + box(False) + 'Imaging')}
</div>
<div style="display:flex;gap:0.4in;margin-top:18px">
<div style="flex:2;border-top:1px solid #000;font-size:7.5pt">Physician signature &nbsp; <span style="font-family:Z003,cursive;font-size:15pt">M Benningfield</span></div>
<div style="flex:1;border-top:1px solid #000;font-size:7.5pt">Date &nbsp; <b style="font-size:9pt">{D(f['referral_date'], 'mmddyy')}</b></div></div>
<div class="ft"><span>HPCA Form 12 &middot; Rev 2022</span><span>Page 2 of 3</span></div>
</div></div>"""
    meds = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">HIGHLANDS PRIMARY CARE ASSOCIATES</div>Current Medication List</div>
<div style="text-align:right">Printed {D('2026-04-14', 'us')}</div></div>
<div style="margin:10px 0;border:1px solid #000;padding:4px 6px">Patient: <b>Greenwell, Dolores</b> &nbsp;&nbsp; DOB: {D(f['patient_dob'], 'us')} &nbsp;&nbsp; MRN: {f['patient_mrn']}</div>
<table class="m">
<tr><th>Medication</th><th>Dose / Directions</th><th>Prescriber</th><th>Last filled</th></tr>
<tr><td>Levothyroxine 50 mcg tab</td><td>1 tab PO every morning on empty stomach</td><td>Benningfield</td><td>{D('2026-03-20', 'us')}</td></tr>
<tr><td>Atorvastatin 20 mg tab</td><td>1 tab PO at bedtime</td><td>Benningfield</td><td>{D('2026-03-20', 'us')}</td></tr>
<tr><td>Losartan 50 mg tab</td><td>1 tab PO daily</td><td>Benningfield</td><td>{D('2026-02-27', 'us')}</td></tr>
<tr><td>Vitamin D3 2000 unit cap</td><td>1 cap PO daily</td><td>OTC</td><td>&mdash;</td></tr>
<tr><td>Acetaminophen 500 mg tab</td><td>1-2 tabs PO q6h PRN pain, max 3 g/day</td><td>OTC</td><td>&mdash;</td></tr>
<tr><td>Metoclopramide 10 mg tab</td><td>DISCONTINUED {D('2026-03-31', 'us')} &ndash; possible contribution to tremor</td><td>Urgent care</td><td>{D('2025-12-02', 'us')}</td></tr>
</table>
<p style="margin-top:12px"><b>Allergies:</b> Codeine (nausea), penicillin (hives)</p>
<p><b>Problem list:</b> Hypothyroidism (E03.9), Essential hypertension (I10), Hyperlipidemia (E78.5), Tremor (R25.1)</p>
<div class="ft"><span>Greenwell, Dolores &middot; {f['patient_mrn']}</span><span>Page 3 of 3</span></div>
</div></div>"""
    return dict(html=page("NO04", css, cover + ref + meds), fields=f, pages=3,
                kind="packet_verdana_fax_cover_plus_black_bar_referral_grid_blank_preferred_dr_plus_med_list_to_neurology",
                mode="standard", skew={2: -1.3},
                fax=dict(when="04/14/2026 11:02", name="HIGHLANDS PCA", number=f["referring_fax"],
                         to="Falls City Neuro", fmt="g"))


# ====================================================================== NO05
def no05():
    """Troy NY community health center: upper-case Courier EHR 'REFERRAL ORDER' printout with dashed rules and
    STAT priority, Medicaid managed care; page 2 is the CT chest report. Lost scan lines."""
    f = {
        "patient_last_name": "Mercer",
        "patient_first_name": "Rosalind",
        "patient_dob": "1957-05-30",
        "patient_sex": "F",
        "patient_phone": "5186472081",
        "patient_mrn": "00382716",
        "insurance_payer": "Fidelis Care",
        "insurance_member_id": "FC40917735",
        "referring_provider": "Kwame Asante",
        "referring_npi": npi("193417760"),
        "referring_phone": "5182746200",
        "referring_fax": "5182746255",
        "referred_to_specialty": "pulmonology",
        "referred_to_provider": "Jonathan Esterhazy",
        "diagnosis_codes": ["R91.8", "R04.2", "F17.210"],
        "reason": "4.2 cm right upper lobe mass on CT chest with two weeks of hemoptysis. "
                  "Needs bronchoscopy and tissue diagnosis.",
        "urgency": "stat",
        "referral_date": "2026-04-15",
    }
    css = """
body { font-family: 'Courier New', 'Liberation Mono', 'Nimbus Mono PS', monospace; font-size: 9.5pt; line-height:1.3; }
pre { font: inherit; margin:0; white-space:pre; }
.big { font-size:12pt; font-weight:bold; }
.rad { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size:10.5pt; line-height:1.4; }
.rad .h { text-align:center; border-bottom:2px solid #000; padding-bottom:4px; }
.rad .h b { font-size:14pt; }
.rad table td { padding:1px 12px 1px 0; }
.rad h3 { font-size:10.5pt; margin:10px 0 2px 0; }
.rad p { margin:0 0 4px 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; }
"""
    rule = "-" * 78
    p1 = f"""
<div class="sheet"><div class="inner"><pre>
<span class="big">HUDSON MOHAWK COMMUNITY HEALTH CENTER</span>
279 RIVER STREET, TROY NY 12180
PHONE {P(f['referring_phone'], 'paren_nosp')}   FAX {P(f['referring_fax'], 'paren_nosp')}
{rule}
                      *** R E F E R R A L   O R D E R ***
{rule}
PRIORITY .......: <b>STAT - SAME/NEXT DAY</b>         ORDER DATE: {D(f['referral_date'], 'us')}
REFERRAL NO ....: HM-26-041577              ORDER TIME: 10:44
{rule}
PATIENT NAME ...: MERCER, ROSALIND J
DOB ............: {D(f['patient_dob'], 'us')}     AGE: 68Y     SEX: F
MRN ............: {f['patient_mrn']}
HOME PHONE .....: {P(f['patient_phone'], 'dash')}
ADDRESS ........: 51 HOOSICK ST APT 3B, TROY NY 12180
{rule}
INSURANCE ......: FIDELIS CARE
PLAN ...........: MEDICAID MANAGED CARE
MEMBER ID ......: {f['insurance_member_id']}
CIN ............: KT58203Q
{rule}
ORDERING PROV ..: ASANTE, KWAME MD
ORDERING NPI ...: {f['referring_npi']}
CALLBACK .......: {P(f['referring_phone'], 'dash')} X 3021 (PROVIDER LINE)
RETURN FAX .....: {P(f['referring_fax'], 'dash')}
{rule}
REFER TO .......: PULMONOLOGY
PROVIDER .......: ESTERHAZY, JONATHAN MD
LOCATION .......: CAPITAL REGION PULMONARY ASSOC
                  1365 WASHINGTON AVE STE 201, ALBANY NY 12206
                  PH {P('5184594410', 'dash')}  FX {P('5184594416', 'dash')}
{rule}
DIAGNOSES:
  1. R91.8    OTHER NONSPECIFIC ABNORMAL FINDING OF LUNG FIELD
  2. R04.2    HEMOPTYSIS
  3. F17.210  NICOTINE DEPENDENCE, CIGARETTES, UNCOMPLICATED
{rule}
REASON FOR REFERRAL:
</pre><div style="padding-left:2ch;width:72ch">{esc(f['reason'].upper())}</div><pre>
CLINICAL NOTES:
</pre><div style="padding-left:2ch;width:72ch">45 PACK-YEAR SMOKER, CURRENT 1 PPD. BLOOD-STREAKED SPUTUM DAILY X 2 WKS,
~1 TSP/DAY, NO MASSIVE HEMOPTYSIS. 8 LB WEIGHT LOSS. SPO2 95% RA. CT REPORT ATTACHED.
PT AWARE OF FINDINGS. DAUGHTER (TANYA MERCER {P('5189531174', 'dash')}) WILL DRIVE.
PLEASE CALL PROVIDER LINE WITH APPT - DO NOT SEND TO SCHEDULING QUEUE.</div><pre>
{rule}
E-SIGNED: KWAME ASANTE MD  {D(f['referral_date'], 'us')} 10:51
</pre>
<div class="ft">HMCHC-EHR v9.4  RPT REFORD01  PAGE 1 OF 2</div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner rad">
<div class="h"><b>RENSSELAER IMAGING CENTER</b><br>2212 Burdett Ave, Troy, NY 12180 &middot; Tel {P('5182725600', 'dash')} &middot; Fax {P('5182725611', 'dash')}</div>
<table style="margin-top:8px">
<tr><td><b>Patient:</b> MERCER, ROSALIND J</td><td><b>DOB:</b> {D(f['patient_dob'], 'us')}</td><td><b>MRN:</b> RIC-0094412</td></tr>
<tr><td><b>Exam:</b> CT CHEST WITH CONTRAST</td><td><b>Date:</b> {D('2026-04-13', 'us')}</td><td><b>Acc#:</b> CT2604130088</td></tr>
<tr><td><b>Ordering:</b> Kwame Asante, MD</td><td colspan="2"><b>Reason:</b> Hemoptysis, smoker</td></tr>
</table>
<h3>TECHNIQUE</h3>
<p>Axial CT images of the chest were obtained after intravenous administration of 75 mL Omnipaque 350. Coronal and sagittal
reformats were reviewed. DLP 412 mGy-cm.</p>
<h3>COMPARISON</h3><p>Chest radiograph {D('2026-04-06', 'us')}.</p>
<h3>FINDINGS</h3>
<p><b>Lungs:</b> Spiculated mass in the posterior segment of the right upper lobe measuring 4.2 x 3.6 x 3.9 cm, abutting the
posterior pleura without definite chest wall invasion. Mild surrounding ground-glass opacity. Centrilobular emphysema, upper
lobe predominant. No additional suspicious nodules.</p>
<p><b>Mediastinum/Hila:</b> Right paratracheal lymph node 1.4 cm short axis (4R). Right hilar node 1.1 cm. No pericardial effusion.</p>
<p><b>Pleura:</b> No effusion or pneumothorax.</p>
<p><b>Upper abdomen:</b> 1.2 cm left adrenal nodule, indeterminate. Liver unremarkable on limited views.</p>
<p><b>Bones:</b> No suspicious osseous lesion.</p>
<h3>IMPRESSION</h3>
<p>1. 4.2 cm spiculated right upper lobe mass, highly suspicious for primary bronchogenic carcinoma.<br>
2. Enlarged right paratracheal and hilar lymph nodes, suspicious for nodal metastasis.<br>
3. Indeterminate 1.2 cm left adrenal nodule; PET/CT recommended.<br>
4. Emphysema.</p>
<p style="margin-top:10px">Critical result communicated to Dr. Asante by telephone on {D('2026-04-13', 'us')} at 16:20 by Dr. Lam.</p>
<p style="margin-top:14px">Electronically signed: Vivian Lam, MD, Diagnostic Radiology &mdash; {D('2026-04-13', 'us')} 16:32</p>
<div class="ft" style="text-align:center">RENSSELAER IMAGING CENTER &middot; FINAL REPORT &middot; Page 1 of 1</div>
</div></div>"""
    return dict(html=page("NO05", css, p1 + p2), fields=f, pages=2,
                kind="uppercase_courier_ehr_referral_order_dotted_leaders_stat_medicaid_mco_plus_ct_report_to_pulmonology",
                mode="fine", dropouts={1: 2, 2: 1},
                fax=dict(when="04/15/2026 10:58", name="HMCHC TROY", number=f["referring_fax"],
                         to="5184594416", fmt="b"))
