"""ND06-ND10 document builders. Each returns dict(html, fields, pages, kind, mode, fax[, urgency_printed]).

Theme of set Q: referrals sent by practices in smaller towns and by specialists referring on to other
specialists. All people, practices and numbers are fictional; NPIs carry a valid check digit.
"""
from common import npi, P, D, box, page, esc


# ====================================================================== ND06
def nd06():
    """Orthopaedic surgeon's physical-therapy prescription pad: Rx symbol, ICD codes with and without dots,
    'Frequency/Duration', surgery date and precautions; Medicare with a supplement (distractor); no urgency."""
    f = {
        "patient_last_name": "Lindgren",
        "patient_first_name": "Doris",
        "patient_dob": "1951-09-14",
        "patient_sex": "F",
        "patient_phone": "2078736692",
        "insurance_payer": "Medicare Part B",
        "insurance_member_id": "4TW7HJ2RK58",
        "referring_provider": "Jonathan Merriweather",
        "referring_npi": npi("128839016"),
        "referring_phone": "2078730140",
        "referring_fax": "2078730147",
        "referred_to_specialty": "physical_therapy",
        "diagnosis_codes": ["Z47.1", "Z96.651", "M62.81"],
        "reason": "Evaluate and treat following right total knee arthroplasty: range of motion, quadriceps "
                  "strengthening, gait training",
        "urgency": "routine",
        "referral_date": "2026-10-21",
    }
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11.5pt; line-height: 1.4; }
.pad { border: 2px solid #000; border-radius: 10px; padding: 12px 18px; height: 100%; position: relative; }
.hd { text-align: center; border-bottom: 1.5px solid #000; padding-bottom: 6px; }
.hd .n { font-size: 16pt; font-weight: bold; letter-spacing: 1px; }
.hd .d { font-size: 12pt; font-style: italic; }
.hd .a { font-size: 10pt; }
.line { display:flex; gap: 10px; margin-top: 8px; }
.line > div { border-bottom: 1px solid #000; padding: 0 4px; }
.line .k { border: none; font-weight: bold; padding: 0; }
.rx { font-size: 34pt; font-weight: bold; font-family: 'DejaVu Serif', serif; margin: 10px 0 0 0; line-height: 1; }
.title { font-size: 14pt; font-weight: bold; text-decoration: underline; margin: -26px 0 8px 0.8in; }
.o { margin: 4px 0 4px 0.2in; display: flex; }
.o b { flex: none; width: 1.75in; }
ul { margin: 2px 0 2px 0.6in; padding: 0; }
.sig { position:absolute; bottom: 0.7in; left: 18px; right: 18px; display:flex; justify-content: space-between; align-items: flex-end; }
.sig .s { border-top: 1px solid #000; width: 3.3in; padding-top: 2px; font-size: 10pt; }
.bot { position:absolute; bottom: 8px; left: 18px; right: 18px; font-size: 8.5pt; text-align:center; border-top: 1px solid #000; padding-top: 3px; }
"""
    body = f"""
<div class="sheet"><div class="inner"><div class="pad">
<div class="hd"><div class="n">KENNEBEC VALLEY ORTHOPAEDICS</div>
<div class="d">Jonathan P. Merriweather, M.D. &nbsp;&middot;&nbsp; Adult Reconstruction &amp; Joint Replacement</div>
<div class="a">8 Chase Ave, Waterville, Maine 04901 &nbsp;&middot;&nbsp; Phone {P(f['referring_phone'], 'dot')} &nbsp;&middot;&nbsp; Fax {P(f['referring_fax'], 'dot')}</div>
<div class="a">NPI {f['referring_npi']} &nbsp;&middot;&nbsp; DEA on file</div></div>
<div class="line"><div class="k">Patient:</div><div style="flex:1">Doris E. Lindgren</div><div class="k">DOB:</div><div style="width:1.5in">{D(f['patient_dob'], 'us_dash')}</div><div class="k">Sex:</div><div>F</div></div>
<div class="line"><div class="k">Address:</div><div style="flex:1">41 Silver St, Waterville ME 04901</div><div class="k">Phone:</div><div style="width:1.6in">{P(f['patient_phone'], 'dot')}</div></div>
<div class="line"><div class="k">Ins:</div><div style="flex:1">{f['insurance_payer']} &nbsp; MBI {f['insurance_member_id']}</div><div class="k">Date:</div><div style="width:1.5in">{D(f['referral_date'], 'abbr_dot')}</div></div>
<div class="line"><div class="k">Secondary:</div><div style="flex:1">AARP Medicare Supplement (UnitedHealthcare) &nbsp; ID 38811429611</div></div>
<div class="rx">&#8478;</div>
<div class="title">PHYSICAL THERAPY PRESCRIPTION</div>
<div class="o"><b>Diagnosis (ICD-10):</b> Z47.1 &nbsp;Aftercare following joint replacement surgery</div>
<div class="o"><b>&nbsp;</b> Z96651 &nbsp;Presence of right artificial knee joint</div>
<div class="o"><b>&nbsp;</b> M6281 &nbsp;Muscle weakness (generalized)</div>
<div class="o"><b>Procedure / date:</b> Right TKA (cemented) on {D('2026-10-06', 'us_dash')} at MaineGeneral, Augusta</div>
<div class="o"><b>Orders:</b> {esc(f['reason'])}</div>
<ul><li>AROM / AAROM / PROM right knee; goal 0&ndash;115&deg; by week 6</li>
<li>Patellar mobilization, scar massage after {D('2026-10-27', 'us_dash')} (staples out {D('2026-10-20', 'us_dash')})</li>
<li>Quad sets, SLR, closed-chain strengthening; stationary bike when flexion &ge; 100&deg;</li>
<li>Gait training: walker &rarr; cane as tolerated; stair training</li>
<li>Cryotherapy / modalities as indicated; home exercise program</li></ul>
<div class="o"><b>Weight bearing:</b> WBAT right lower extremity</div>
<div class="o"><b>Precautions:</b> Anticoagulated (apixaban through {D('2026-11-03', 'us_dash')}); watch for calf pain / swelling</div>
<div class="o"><b>Frequency/Duration:</b> 3x/week x 6 weeks</div>
<div class="o"><b>Provider of choice:</b> Sebasticook Valley Physical Therapy, Pittsfield &nbsp; Fax {P('2074870551', 'dot')}</div>
<div class="o"><b>Follow-up with surgeon:</b> 6-week post-op visit {D('2026-11-17', 'us_dash')}; please send progress note before visit</div>
<div class="sig"><div class="s"><span style="font-family:Z003;font-size:17pt">J. P. Merriweather</span><br>Jonathan P. Merriweather, MD</div>
<div style="font-size:10pt">Prepared by: K. Dorsey, MA</div></div>
<div class="bot">This prescription is valid for 90 days from the date written. Questions: call {P(f['referring_phone'], 'dot')}, option 3.</div>
</div></div></div>"""
    return dict(html=page("ND06", css, body), fields=f, pages=1, urgency_printed=False,
                kind="pt_prescription_pad_orthopaedics_icd_with_and_without_dots_frequency_duration",
                mode="fine",
                fax=dict(when="10/21/2026 15:30", name="KENNEBEC VALLEY ORTHO", number=f["referring_fax"],
                         to="2074870551", fmt="h"))


# ====================================================================== ND07
def nd07():
    """Rural family medicine obstetric referral: grid form with a pregnancy box (LMP, EDD, US date, G/P,
    prior delivery year) full of distractor dates; checkbox priority."""
    f = {
        "patient_last_name": "Brunsvold",
        "patient_first_name": "Kaylee",
        "patient_dob": "1990-01-25",
        "patient_sex": "F",
        "patient_phone": "7014378852",
        "patient_mrn": "M0042219",
        "insurance_payer": "Sanford Health Plan",
        "insurance_member_id": "SHP7730019024",
        "referring_provider": "Marcus Oyelaran",
        "referring_npi": npi("150042268"),
        "referring_phone": "7014372600",
        "referring_fax": "7014372651",
        "referred_to_specialty": "obstetrics_gynecology",
        "referred_to_provider": "Rebecca Thorsgaard",
        "diagnosis_codes": ["O09.521", "Z3A.09"],
        "reason": "Establish prenatal care; advanced maternal age (37 at delivery), prior cesarean. "
                  "Discuss genetic screening and TOLAC versus repeat cesarean.",
        "urgency": "routine",
        "referral_date": "2026-11-17",
    }
    css = """
body { font-family: 'C059', 'Century Schoolbook', serif; font-size: 10.5pt; }
.hd { display:flex; justify-content: space-between; align-items: flex-start; }
.hd .n { font-size: 15pt; font-weight: bold; }
.hd .r { font-size: 9.5pt; text-align: right; }
h1 { font-size: 15pt; margin: 10px 0 6px 0; text-align: center; letter-spacing: 1px; border-top: 2px solid #000; border-bottom: 2px solid #000; padding: 3px 0; }
table.f { width: 100%; margin-bottom: 8px; }
table.f td { border: 1px solid #000; padding: 3px 6px; vertical-align: top; }
table.f td.h { background: #000; color: #fff; font-weight: bold; font-size: 10.5pt; }
.k { font-size: 8pt; display: block; text-transform: uppercase; letter-spacing: 0.3px; }
.v { font-size: 11pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size: 8.5pt; display:flex; justify-content:space-between; }
"""

    def c(k, v, span=1):
        return f'<td colspan="{span}"><span class="k">{k}</span><span class="v">{v}</span></td>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Turtle Mountain Family Medicine</div>
<div>415 Main Ave S, Rugby, North Dakota 58368</div></div>
<div class="r">Ph {P(f['referring_phone'], 'paren')}<br>Fax {P(f['referring_fax'], 'paren')}</div></div>
<h1>OBSTETRIC REFERRAL</h1>
<table class="f">
<tr><td class="h" colspan="4">Patient</td></tr>
<tr>{c('Last name', 'Brunsvold')}{c('First name', 'Kaylee')}{c('Date of birth', D(f['patient_dob'], 'us'))}{c('Sex', 'Female')}</tr>
<tr>{c('Medical record #', f['patient_mrn'])}{c('Phone', P(f['patient_phone'], 'paren'))}{c('Address', '208 3rd St SE, Rugby ND 58368', 2)}</tr>
<tr>{c('Partner / support person', 'Tyler Brunsvold')}{c('Partner phone', P('7014379013', 'paren'))}{c('Preferred language', 'English')}{c('Blood type', 'O pos')}</tr>
</table>
<table class="f">
<tr><td class="h" colspan="4">Pregnancy information</td></tr>
<tr>{c('LMP', D('2026-09-14', 'us'))}{c('EDD (by LMP)', D('2027-06-21', 'us'))}{c('Gestational age today', '9w1d')}{c('G / P', 'G3 P1011')}</tr>
<tr>{c('Dating ultrasound', D('2026-11-10', 'us') + ' &ndash; CRL c/w 8w2d')}{c('EDD (by US)', D('2027-06-20', 'us'))}{c('Prior deliveries', 'C/S ' + D('2019-04-03', 'us') + ' (arrest of dilation); SAB 2022', 2)}</tr>
<tr>{c('Prenatal labs drawn', D('2026-11-10', 'us') + ': CBC, type &amp; screen, rubella, HBsAg, HIV, RPR', 4)}</tr>
</table>
<table class="f">
<tr><td class="h" colspan="4">Referral</td></tr>
<tr>{c('Referred to', 'Rebecca Thorsgaard, DO')}{c('Specialty', 'Obstetrics &amp; Gynecology')}{c('Facility', 'Trinity Health Women&rsquo;s Center, Minot', 2)}</tr>
<tr>{c('Facility phone', P('7018575400', 'paren'))}{c('Facility fax', P('7018575481', 'paren'))}{c('Date of referral', D(f['referral_date'], 'us'))}{c('Priority', '<span class="nw" style="font-size:9.5pt">' + box(True) + 'Routine ' + box(False) + 'Urgent ' + box(False) + 'STAT</span>')}</tr>
<tr>{c('Diagnoses (ICD-10-CM)', 'O09.521 &nbsp;Supervision of elderly multigravida, first trimester<br>Z3A.09 &nbsp;9 weeks gestation of pregnancy', 4)}</tr>
<tr>{c('Reason for referral', esc(f['reason']), 4)}</tr>
<tr>{c('Current medications', 'Prenatal vitamin daily; levothyroxine 50 mcg (TSH 2.1 on ' + D('2026-11-10', 'us') + ')', 4)}</tr>
</table>
<table class="f">
<tr><td class="h" colspan="4">Insurance</td></tr>
<tr>{c('Plan', f['insurance_payer'])}{c('Member ID', f['insurance_member_id'])}{c('Group', 'ND-SHP-4410')}{c('Subscriber', 'Self')}</tr>
</table>
<table class="f">
<tr><td class="h" colspan="4">Referring provider</td></tr>
<tr>{c('Name', 'Marcus Oyelaran, MD')}{c('NPI', f['referring_npi'])}{c('Phone', P(f['referring_phone'], 'paren'))}{c('Fax', P(f['referring_fax'], 'paren'))}</tr>
</table>
<div style="margin-top:6px">Signature: <span style="font-family:Z003;font-size:16pt">Marcus Oyelaran</span> &nbsp;&nbsp; Date: {D(f['referral_date'], 'us')}</div>
<div class="ft"><span>TMFM OB-REF 2/2025</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("ND07", css, body), fields=f, pages=1,
                kind="rural_family_medicine_ob_referral_grid_pregnancy_box_lmp_edd_distractor_dates",
                mode="standard",
                fax=dict(when="11/17/2026 13:52", name="TURTLE MTN FAM MED", number=f["referring_fax"],
                         to="7018575481", fmt="a"))


# ====================================================================== ND08
def nd08():
    """Endocrinologist to nephrology: two-page referral, page 1 a compact form with slash-style phones, page 2
    a renal lab table (creatinine, eGFR, UACR, potassium, with collection dates) as distractor dates."""
    f = {
        "patient_last_name": "Tsosie",
        "patient_first_name": "Raymond",
        "patient_dob": "1957-02-03",
        "patient_sex": "M",
        "patient_phone": "5053274419",
        "patient_mrn": "FCE-77102",
        "insurance_payer": "Presbyterian Health Plan",
        "insurance_member_id": "PHP600128844",
        "referring_provider": "Priyanka Deshmukh",
        "referring_npi": npi("187740325"),
        "referring_phone": "5053262210",
        "referring_fax": "5053262218",
        "referred_to_specialty": "nephrology",
        "referred_to_provider": "Miriam Castellanos",
        "diagnosis_codes": ["E11.22", "N18.4", "I12.9"],
        "reason": "Progressive CKD stage 4 with eGFR decline from 34 to 24 over 12 months and rising albuminuria "
                  "despite ACE inhibitor and SGLT2 inhibitor. Please assess and begin renal replacement planning.",
        "urgency": "urgent",
        "referral_date": "2026-12-08",
    }
    css = """
body { font-family: 'Nimbus Sans', Helvetica, Arial, sans-serif; font-size: 10pt; line-height: 1.35; }
.hd { border-bottom: 4px solid #000; padding-bottom: 4px; display:flex; justify-content:space-between; align-items:flex-end; }
.hd .n { font-size: 16pt; font-weight: bold; }
.hd .r { font-size: 9pt; text-align:right; }
h1 { font-size: 13pt; margin: 10px 0 2px 0; }
.meta { font-size: 9pt; margin-bottom: 6px; }
.blk { border: 1px solid #000; margin-top: 7px; }
.blk .t { border-bottom: 1px solid #000; padding: 2px 6px; font-weight: bold; font-size: 9.5pt; text-transform: uppercase; letter-spacing: 1px; }
.blk .c { padding: 4px 6px; display: grid; grid-template-columns: 1.35in 1fr 1.2in 1fr; row-gap: 2px; }
.blk .c .k { font-weight: bold; }
.blk .p { padding: 4px 6px; }
table.lab { width: 100%; margin-top: 8px; font-size: 10pt; }
table.lab th, table.lab td { border: 1px solid #000; padding: 3px 6px; text-align: center; }
table.lab th { background: #ccc; }
table.lab td:first-child { text-align: left; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size: 8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top: 2px; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Four Corners Diabetes &amp; Endocrine</div>
<div>2300 E 30th St, Bldg B &middot; Farmington, NM 87401</div></div>
<div class="r">Main {P(f['referring_phone'], 'slash')}<br>Fax {P(f['referring_fax'], 'slash')}</div></div>
<h1>Specialist-to-Specialist Referral: Nephrology</h1>
<div class="meta">Sent {D(f['referral_date'], 'abbr')} &middot; Priority: <b>URGENT</b> (appointment within 2 weeks requested) &middot; Ref # FCDE-26-1187</div>
<div class="blk"><div class="t">Patient</div><div class="c">
<span class="k">Name</span><span>TSOSIE, RAYMOND</span><span class="k">DOB</span><span>{D(f['patient_dob'], 'abbr')}</span>
<span class="k">Sex</span><span>Male</span><span class="k">MRN</span><span>{f['patient_mrn']}</span>
<span class="k">Phone</span><span>{P(f['patient_phone'], 'slash')}</span><span class="k">Address</span><span>HC 61 Box 214, Shiprock NM 87420</span>
</div></div>
<div class="blk"><div class="t">Coverage</div><div class="c">
<span class="k">Payer</span><span>{f['insurance_payer']}</span><span class="k">ID #</span><span>{f['insurance_member_id']}</span>
<span class="k">Also eligible</span><span>IHS / Northern Navajo Medical Center</span><span class="k">Auth</span><span>PA-2026-55810</span>
</div></div>
<div class="blk"><div class="t">To</div><div class="c">
<span class="k">Nephrologist</span><span>Miriam Castellanos, MD</span><span class="k">Practice</span><span>San Juan Kidney Associates</span>
<span class="k">Phone</span><span>{P('5055641900', 'slash')}</span><span class="k">Fax</span><span>{P('5055641909', 'slash')}</span>
</div></div>
<div class="blk"><div class="t">Clinical</div><div class="p">
<b>Diagnoses:</b> E11.22 Type 2 diabetes mellitus with diabetic chronic kidney disease; N18.4 Chronic kidney disease, stage 4
(severe); I12.9 Hypertensive chronic kidney disease with stage 1 through stage 4 CKD<br>
<b>Reason:</b> {esc(f['reason'])}<br>
<b>Current therapy:</b> lisinopril 20 mg, empagliflozin 10 mg, insulin glargine 28 units, amlodipine 10 mg, furosemide 20 mg.
Metformin stopped {D('2026-03-12', 'abbr')}. A1c 7.4% ({D('2026-11-20', 'abbr')}). BP today 148/86.<br>
<b>Questions:</b> vascular access timing; anemia and mineral-bone management; transplant evaluation candidacy.<br>
<b>Enclosed:</b> renal function trend (page 2), renal ultrasound report {D('2026-08-04', 'abbr')}.
</div></div>
<div class="blk"><div class="t">Referring physician</div><div class="c">
<span class="k">Name</span><span>Priyanka Deshmukh, MD</span><span class="k">NPI</span><span>{f['referring_npi']}</span>
<span class="k">Specialty</span><span>Endocrinology</span><span class="k">Direct line</span><span>{P(f['referring_phone'], 'slash')}</span>
<span class="k">PCP</span><span>Calvin Begay, MD (NNMC)</span><span class="k">PCP fax</span><span>{P('5053682200', 'slash')}</span>
</div></div>
<div style="margin-top:12px">Electronically signed: Priyanka Deshmukh, MD &nbsp;{D(f['referral_date'], 'us')} 08:47</div>
<div class="ft"><span>Four Corners Diabetes &amp; Endocrine &middot; Referral</span><span>Page 1 of 2</span></div>
</div></div>
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Four Corners Diabetes &amp; Endocrine</div></div>
<div class="r">TSOSIE, RAYMOND &middot; DOB {D(f['patient_dob'], 'abbr')} &middot; MRN {f['patient_mrn']}</div></div>
<h1>Renal function trend</h1>
<table class="lab">
<tr><th>Collected</th><th>Creatinine (mg/dL)</th><th>eGFR (mL/min/1.73m&sup2;)</th><th>UACR (mg/g)</th><th>Potassium (mmol/L)</th><th>Bicarbonate (mmol/L)</th></tr>
<tr><td>{D('2025-11-18', 'us')}</td><td>2.08</td><td>34</td><td>412</td><td>4.6</td><td>24</td></tr>
<tr><td>{D('2026-02-24', 'us')}</td><td>2.21</td><td>31</td><td>530</td><td>4.8</td><td>23</td></tr>
<tr><td>{D('2026-05-19', 'us')}</td><td>2.35</td><td>29</td><td>688</td><td>5.0</td><td>22</td></tr>
<tr><td>{D('2026-08-04', 'us')}</td><td>2.52</td><td>27</td><td>745</td><td>5.1</td><td>21</td></tr>
<tr><td>{D('2026-11-20', 'us')}</td><td>2.78</td><td>24</td><td>902</td><td>5.3</td><td>20</td></tr>
</table>
<h1 style="margin-top:16px">Other recent results ({D('2026-11-20', 'us')})</h1>
<table class="lab">
<tr><th>Hemoglobin</th><th>Ferritin</th><th>TSAT</th><th>PTH, intact</th><th>Phosphorus</th><th>Calcium</th><th>25-OH vit D</th></tr>
<tr><td>10.6 g/dL</td><td>88 ng/mL</td><td>17%</td><td>142 pg/mL</td><td>4.9 mg/dL</td><td>8.9 mg/dL</td><td>22 ng/mL</td></tr>
</table>
<p style="margin-top:14px">Renal ultrasound {D('2026-08-04', 'us')}: right kidney 9.6 cm, left 9.9 cm, increased echogenicity bilaterally,
no hydronephrosis, no stones.</p>
<div class="ft"><span>Four Corners Diabetes &amp; Endocrine &middot; Referral</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("ND08", css, body), fields=f, pages=2,
                kind="endocrinology_to_nephrology_two_pages_lab_table_creatinine_egfr_dates_slash_phones",
                mode="fine",
                fax=dict(when="12-08-2026 09:02", name="FOUR CORNERS DIAB ENDO", number=f["referring_fax"],
                         to="5055641909", fmt="e"))


# ====================================================================== ND09
def nd09():
    """Gastroenterologist to medical oncology: boxed blocks 'Referring Provider' (provider, practice, Ph, Fx, NPI),
    'Referred To' and 'Primary Care' each with their own Ph/Fx; urgent; pathology summary."""
    f = {
        "patient_last_name": "Haskins",
        "patient_first_name": "Eugene",
        "patient_dob": "1955-12-19",
        "patient_sex": "M",
        "patient_phone": "8022954427",
        "patient_mrn": "UV302218",
        "insurance_payer": "MVP Health Care",
        "insurance_member_id": "MV0048213377",
        "referring_provider": "Tomasz Wierzbicki",
        "referring_npi": npi("166618304"),
        "referring_phone": "8022954410",
        "referring_fax": "8022954419",
        "referred_to_specialty": "oncology",
        "referred_to_provider": "Naomi Feldhaus",
        "diagnosis_codes": ["C18.7", "D50.0"],
        "reason": "New sigmoid colon adenocarcinoma found on colonoscopy with iron deficiency anemia. "
                  "Please evaluate for treatment planning; staging CT chest/abdomen/pelvis ordered.",
        "urgency": "urgent",
        "referral_date": "2026-11-04",
    }
    css = """
body { font-family: 'URW Bookman', 'Bookman Old Style', serif; font-size: 10pt; line-height: 1.4; }
.hd { text-align: center; }
.hd .n { font-size: 15pt; font-weight: bold; }
h1 { font-size: 13pt; text-align:center; margin: 8px 0; padding: 3px; border: 2px solid #000; }
.row { display:flex; gap: 0.15in; margin-bottom: 0.12in; }
.b { flex:1; border: 1.5px solid #000; padding: 4px 8px; }
.b .t { font-weight: bold; font-size: 10.5pt; border-bottom: 1px solid #000; margin-bottom: 3px; }
.b div { margin: 1px 0; }
.b i { font-style: normal; font-weight: bold; display: inline-block; width: 0.45in; }
.wide .t { font-weight: bold; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size: 8.5pt; text-align: center; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Upper Valley Gastroenterology, PLLC</div>
<div>22 Hospital Dr, Suite 3 &middot; White River Junction, VT 05001</div></div>
<h1>Referral &mdash; Medical Oncology</h1>
<div class="row">
<div class="b"><div class="t">Patient</div>
<div>Haskins, Eugene R.</div>
<div><i>DOB</i> {D(f['patient_dob'], 'us')} &nbsp; <i>Sex</i> M</div>
<div><i>Acct</i> {f['patient_mrn']}</div>
<div><i>Ph</i> {P(f['patient_phone'], 'dash')} (home)</div>
<div>19 Quechee Main St, Quechee VT 05059</div></div>
<div class="b"><div class="t">Insurance</div>
<div>{f['insurance_payer']}</div>
<div><i>ID</i> {f['insurance_member_id']}</div>
<div><i>Grp</i> 0072210</div>
<div>Secondary: none</div>
<div>Referral # MVP-R-880412</div></div>
</div>
<div class="row">
<div class="b"><div class="t">Referring Provider</div>
<div>Tomasz Wierzbicki, MD</div>
<div>Upper Valley Gastroenterology</div>
<div><i>Ph</i> {P(f['referring_phone'], 'dash')}</div>
<div><i>Fx</i> {P(f['referring_fax'], 'dash')}</div>
<div><i>NPI</i> {f['referring_npi']}</div></div>
<div class="b"><div class="t">Referred To</div>
<div>Naomi Feldhaus, MD</div>
<div>Norris Cotton Cancer Center &ndash; Medical Oncology</div>
<div><i>Ph</i> {P('6036505000', 'dash')}</div>
<div><i>Fx</i> {P('6036505098', 'dash')}</div>
<div>Lebanon, NH 03756</div></div>
<div class="b"><div class="t">Primary Care</div>
<div>Sharon Tillotson, APRN</div>
<div>Woodstock Family Health</div>
<div><i>Ph</i> {P('8024577600', 'dash')}</div>
<div><i>Fx</i> {P('8024577611', 'dash')}</div>
<div>copy of consult requested</div></div>
</div>
<div class="b wide" style="margin-bottom:0.12in">
<div><span class="t">Date:</span> {D(f['referral_date'], 'us')} &nbsp;&nbsp;&nbsp; <span class="t">Urgency:</span> {box(False)}Routine {box(True)}Urgent &ndash; please schedule within 7 days</div>
<div style="margin-top:4px"><span class="t">ICD-10:</span> C18.7 Malignant neoplasm of sigmoid colon; D50.0 Iron deficiency anemia secondary to blood loss (chronic)</div>
<div style="margin-top:4px"><span class="t">Reason for referral:</span> {esc(f['reason'])}</div>
</div>
<div class="b wide">
<div class="t">Clinical summary</div>
<div>Colonoscopy {D('2026-10-28', 'us')}: fungating, partially obstructing mass at 25 cm, biopsied and tattooed; two 4 mm
tubular adenomas removed from the ascending colon. Pathology ({D('2026-10-31', 'us')}): invasive moderately
differentiated adenocarcinoma, MMR proteins intact. CEA 6.8 ng/mL. Hgb 9.4 g/dL, ferritin 6 ng/mL; received IV
iron {D('2026-11-02', 'us')}. CT C/A/P scheduled {D('2026-11-09', 'us')} at DHMC. Surgical consult with colorectal
surgery (Dr. Aaron Pelletier) requested separately.</div>
<div style="margin-top:4px">History: CAD s/p stent 2018 on clopidogrel (held for biopsy), hypertension, former smoker.</div>
</div>
<div style="margin-top:14px">Signed: <span style="font-family:Z003;font-size:16pt">T. Wierzbicki</span> &nbsp; Tomasz Wierzbicki, MD &nbsp; {D(f['referral_date'], 'us')}</div>
<div class="ft">Upper Valley Gastroenterology &middot; Ph {P(f['referring_phone'], 'dash')} &middot; Fx {P(f['referring_fax'], 'dash')} &middot; page 1/1</div>
</div></div>"""
    return dict(html=page("ND09", css, body), fields=f, pages=1,
                kind="gi_to_oncology_boxed_blocks_referring_provider_ph_fx_referred_to_and_pcp_blocks_urgent",
                mode="standard",
                fax=dict(when="11/04/2026 12:19", name="UPPER VALLEY GI", number=f["referring_fax"],
                         to="6036505098", fmt="c"))


# ====================================================================== ND10
def nd10():
    """Internal medicine referral to podiatry with a separate 'Insurance Verification' section on page 2
    (subscriber = spouse with his own DOB and employer); priority 'Next available' (routine, word not printed)."""
    f = {
        "patient_last_name": "Bissonnette",
        "patient_first_name": "Lorraine",
        "patient_dob": "1949-06-30",
        "patient_sex": "F",
        "patient_phone": "5633823307",
        "patient_mrn": "DF-045512",
        "insurance_payer": "Wellmark Blue Cross and Blue Shield",
        "insurance_member_id": "XKW882041773",
        "referring_provider": "Samuel Okafor-Reyes",
        "referring_npi": npi("131150946"),
        "referring_phone": "5633821500",
        "referring_fax": "5633821590",
        "referred_to_specialty": "podiatry",
        "referred_to_provider": "Anika Sorensen",
        "diagnosis_codes": ["E11.621", "L97.412", "E11.42"],
        "reason": "Non-healing ulcer of the right heel for 5 weeks in a patient with diabetic neuropathy. "
                  "Debridement, off-loading and diabetic footwear.",
        "urgency": "routine",
        "referral_date": "2027-01-12",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.35; }
.hd { display:flex; justify-content: space-between; border-bottom: 1px solid #000; padding-bottom: 4px; }
.hd .n { font-size: 14pt; font-weight: bold; }
.hd .r { font-size: 9pt; text-align: right; }
h1 { font-size: 12.5pt; margin: 10px 0 4px 0; background: #000; color: #fff; padding: 3px 8px; }
h2 { font-size: 10.5pt; margin: 10px 0 3px 0; text-decoration: underline; }
table.t { width: 100%; }
table.t td { padding: 2px 4px; vertical-align: top; border-bottom: 1px dotted #000; }
table.t td.k { width: 1.55in; color: #000; font-weight: bold; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size: 8pt; display:flex; justify-content:space-between; border-top: 1px solid #000; padding-top: 2px; }
"""

    def t(rows):
        return '<table class="t">' + "".join(
            "<tr>" + "".join(f'<td class="k">{k}</td><td>{v}</td>' for k, v in r) + "</tr>" for r in rows) + "</table>"

    hdr = f"""<div class="hd"><div><div class="n">Decorah Family &amp; Internal Medicine</div>
<div>901 Montgomery St, Decorah, IA 52101</div></div>
<div class="r">Tel {P(f['referring_phone'], 'paren')}<br>Fax {P(f['referring_fax'], 'paren')}</div></div>"""
    body = f"""
<div class="sheet"><div class="inner">
{hdr}
<h1>REFERRAL ORDER &ndash; PODIATRY</h1>
<h2>Patient</h2>
{t([[('Patient name', 'Lorraine A. Bissonnette'), ('Date of birth', D(f['patient_dob'], 'us'))],
    [('Sex', 'Female'), ('MRN', f['patient_mrn'])],
    [('Phone (home)', P(f['patient_phone'], 'paren')), ('Address', '1415 Ridgewood Dr, Decorah IA')]])}
<h2>Referred to</h2>
{t([[('Provider', 'Anika Sorensen, DPM'), ('Practice', 'Northeast Iowa Foot &amp; Ankle')],
    [('Phone', P('5633870412', 'paren')), ('Fax', P('5633870419', 'paren'))]])}
<h2>Order details</h2>
{t([[('Order date', D(f['referral_date'], 'us'))],
    [('Scheduling', box(True) + 'Next available &nbsp;&nbsp; ' + box(False) + 'Urgent (48&ndash;72 hours)')],
    [('Diagnoses', 'E11.621 Type 2 diabetes mellitus with foot ulcer<br>L97.412 Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed<br>E11.42 Type 2 diabetes mellitus with diabetic polyneuropathy')],
    [('Reason', esc(f['reason']))],
    [('Wound', '1.8 x 1.4 cm, depth 0.3 cm, granular base, no probe to bone; X-ray right foot ' + D('2027-01-08', 'us') + ' negative for osteomyelitis')],
    [('Vascular', 'DP/PT pulses 1+ bilaterally; ABI 0.92 right (' + D('2026-12-29', 'us') + ')')],
    [('Last A1c', '8.1% on ' + D('2026-12-15', 'us'))]])}
<h2>Ordering provider</h2>
{t([[('Name', 'Samuel Okafor-Reyes, DO'), ('NPI', f['referring_npi'])],
    [('Phone', P(f['referring_phone'], 'paren')), ('Fax', P(f['referring_fax'], 'paren'))]])}
<p style="margin-top:10px">Insurance verification is attached (page 2). Please fax the visit note to {P(f['referring_fax'], 'paren')}.</p>
<p style="margin-top:10px">Electronically signed by Samuel Okafor-Reyes, DO on {D(f['referral_date'], 'us')} at 11:26</p>
<div class="ft"><span>DFIM Referral Order #R-270112-06</span><span>Page 1 of 2</span></div>
</div></div>
<div class="sheet"><div class="inner">
{hdr}
<h1>INSURANCE VERIFICATION</h1>
{t([[('Patient', 'Bissonnette, Lorraine A.'), ('Patient DOB', D(f['patient_dob'], 'us'))]])}
<h2>Coverage</h2>
{t([[('Payer', f['insurance_payer']), ('Plan', 'Alliance Select PPO')],
    [('Member ID', f['insurance_member_id']), ('Group #', '10447-AG')],
    [('Effective', D('2026-01-01', 'us')), ('Termination', 'none on file')],
    [('Payer phone', P('8006242500', 'one')), ('Claims address', 'PO Box 9291, Des Moines IA')]])}
<h2>Subscriber (policy holder)</h2>
{t([[('Subscriber name', 'Gerald P. Bissonnette'), ('Relationship', 'Spouse')],
    [('Subscriber DOB', D('1947-11-02', 'us')), ('Sex', 'M')],
    [('Employer', 'Ag Processing Inc. (retiree plan)'), ('Subscriber phone', P('5633823307', 'paren'))]])}
<h2>Benefits (specialist office visit)</h2>
{t([[('Copay', '$40'), ('Deductible', '$750 / $512.40 met')],
    [('Coinsurance', '20% after deductible'), ('Referral required', 'No (PPO)')],
    [('Routine foot care', 'Not covered unless diabetic / at-risk criteria met'), ('Prior auth', 'Not required for E/M')]])}
<h2>Verification</h2>
{t([[('Verified by', 'Tara Lensing, front desk'), ('Date', D('2027-01-11', 'us'))],
    [('Method', 'Availity portal + phone'), ('Reference #', 'WMK-0111-77420')]])}
<div class="ft"><span>DFIM Referral Order #R-270112-06</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("ND10", css, body), fields=f, pages=2, urgency_printed=False,
                kind="internal_medicine_to_podiatry_separate_insurance_verification_page_subscriber_spouse",
                mode="fine",
                fax=dict(when="01/12/2027 11:40", name="DECORAH FAM INT MED", number=f["referring_fax"],
                         to="5633870419", fmt="g"))
