"""NF06-NF10 document builders (see docs_a.py for the theme)."""
from common import npi, P, D, box, page, esc


# ====================================================================== NF06
def nf06():
    """Form with shaded labels in a left column and each value in its own box to the right (Jackson, MS
    clinic -> podiatry); thin ExtraLight type for values; page skewed."""
    f = {
        "patient_last_name": "Pruitt",
        "patient_first_name": "Dewayne",
        "patient_dob": "1949-03-07",
        "patient_sex": "M",
        "patient_phone": "6013728815",
        "patient_mrn": "MPC-118204",
        "insurance_payer": "Humana Gold Plus HMO",
        "insurance_member_id": "H48211907",
        "referring_provider": "Jasmine Okonkwo",
        "referring_npi": npi("157730284"),
        "referring_phone": "6019816200",
        "referring_fax": "6019816244",
        "referred_to_specialty": "podiatry",
        "referred_to_provider": "Harold Lindgren",
        "diagnosis_codes": ["E11.42", "L84", "B35.1"],
        "reason": "Diabetic patient with neuropathy, thick painful toenails and plantar calluses; needs diabetic "
                  "foot care and footwear assessment.",
        "urgency": "routine",
        "referral_date": "2026-03-16",
    }
    css = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9.5pt; }
.hd { text-align:center; margin-bottom:6px; }
.hd .n { font-family:'URW Gothic', sans-serif; font-size:17pt; letter-spacing:2px; }
.hd .s { font-size:8.5pt; }
.ttl { text-align:center; font-size:12pt; font-weight:bold; border:2px solid #000; padding:3px; margin:4px 0 8px 0; }
table.b { width:100%; border-collapse:separate; border-spacing:0 4px; }
table.b td.l { width:1.95in; text-align:right; padding:0 10px 0 0; font-size:8.5pt; font-weight:bold; vertical-align:middle; }
table.b td.v { border:1.2px solid #000; padding:3px 6px; font-family:'DejaVu Sans Light', 'DejaVu Sans', sans-serif;
               font-weight:200; font-size:10pt; }
table.b td.gap { width:0.15in; }
table.b tr.sp td { padding-top:4px; font-size:8pt; text-transform:uppercase; letter-spacing:2px; border-bottom:1px solid #000; }
.sig { display:flex; gap:0.4in; margin-top:14px; font-size:8.5pt; }
.sig div { flex:1; border-top:1px solid #000; padding-top:2px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; text-align:center; border-top:1px solid #000; padding-top:2px; }
"""

    def r(label, value, label2=None, value2=None):
        if label2 is None:
            return f'<tr><td class="l">{label}</td><td class="v" colspan="4">{value}</td></tr>'
        return (f'<tr><td class="l">{label}</td><td class="v">{value}</td><td class="l" style="width:1.1in">{label2}</td>'
                f'<td class="v">{value2}</td></tr>')

    def sp(t):
        return f'<tr class="sp"><td colspan="4">{t}</td></tr>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">MAGNOLIA PRIMARY CARE CLINIC</div>
<div class="s">1850 Chadwick Dr, Suite 300 &middot; Jackson, Mississippi 39204 &middot; phone {P(f['referring_phone'], 'space')} &middot; fax {P(f['referring_fax'], 'space')}</div></div>
<div class="ttl">REQUEST FOR CONSULTATION</div>
<table class="b">
{sp('Patient')}
{r('Patient (first / last)', 'Dewayne &nbsp;/&nbsp; Pruitt')}
{r('Birth date', D(f['patient_dob'], 'dmy'), 'Sex', 'M')}
{r('Telephone', P(f['patient_phone'], 'space'), 'Record No.', f['patient_mrn'])}
{r('Home address', '611 Terry Rd, Byram MS 39272')}
{r('Emergency contact', 'Loretta Pruitt (wife) &nbsp; ' + P('6013720946', 'space'))}
{sp('Coverage')}
{r('Health plan', f['insurance_payer'], 'Member ID', f['insurance_member_id'])}
{r('Guarantor', 'Dewayne Pruitt', 'Group', 'MS-4471')}
{sp('Requested by')}
{r('Referring clinician', 'Jasmine Okonkwo, FNP-C', 'NPI', f['referring_npi'])}
{r('Clinic phone', P(f['referring_phone'], 'space'), 'Clinic fax', P(f['referring_fax'], 'space'))}
{sp('Consultant')}
{r('Consulting specialty', 'Podiatry', 'Urgency', 'Routine')}
{r('Consultant', 'Dr. Harold Lindgren, DPM &mdash; Capital City Foot &amp; Ankle')}
{r('Consultant phone / fax', P('6013553668', 'space') + ' &nbsp;/&nbsp; ' + P('6013553670', 'space'))}
{sp('Clinical')}
{r('Diagnoses', 'E11.42 Type 2 diabetes mellitus with diabetic polyneuropathy<br>L84 Corns and callosities<br>B35.1 Tinea unguium')}
{r('Reason for request', esc(f['reason']))}
{r('Findings', 'Monofilament absent at 4 of 10 sites bilaterally. Dystrophic thickened nails 1-5 both feet. Callus under R 1st and 5th metatarsal heads, no ulcer. DP pulses 1+. A1c 7.9%.')}
{r('Date of request', D(f['referral_date'], 'dmy_long'))}
</table>
<div class="sig"><div>Signature of referring clinician</div><div>Date</div><div>Patient consent to release records (initials)</div></div>
<div class="ft">Magnolia Primary Care Clinic &middot; Form MPC-07 &middot; Consultant: please return report by fax to {P(f['referring_fax'], 'space')}</div>
</div></div>"""
    return dict(html=page("NF06", css, body), fields=f, pages=1,
                kind="labels_left_values_in_boxes_thin_light_font_consult_request_to_podiatry",
                mode="fine", skew={1: -1.4},
                fax=dict(when="03/16/2026 09:37", name="MAGNOLIA PRIMARY CARE", number=f["referring_fax"],
                         to="6013553670", fmt="f"))


# ====================================================================== NF07
def nf07():
    """Physical therapy prescription on an orthopedic Rx pad (Boise): no urgency printed, no sex, ICD codes
    without dots, PA-C prescriber with a supervising physician; dark bold type and dropped scan lines."""
    f = {
        "patient_last_name": "Jorgensen",
        "patient_first_name": "Kaylee",
        "patient_dob": "1988-10-05",
        "patient_phone": "2086314470",
        "insurance_payer": "Regence BlueShield of Idaho",
        "insurance_member_id": "ZRI448210937",
        "referring_provider": "Brent Halvorsen",
        "referring_npi": npi("186642051"),
        "referring_phone": "2083277600",
        "referring_fax": "2083277645",
        "referred_to_specialty": "physical_therapy",
        "diagnosis_codes": ["M54.16", "M51.26"],
        "reason": "Lumbar radiculopathy with L4-5 disc protrusion; evaluate and treat for core stabilization and "
                  "return to work.",
        "urgency": "routine",
        "referral_date": "2026-03-19",
    }
    css = """
body { font-family: 'URW Bookman', 'Bookman Old Style', serif; font-size: 10.5pt; font-weight:600; }
.pad { border:3px solid #000; padding:12px 16px; height:9.1in; position:relative; }
.hd { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:2px solid #000; padding-bottom:6px; }
.hd .n { font-size:15pt; font-weight:bold; }
.hd .s { font-size:8.5pt; font-weight:normal; line-height:1.35; }
.docs { font-size:8pt; font-weight:normal; text-align:right; line-height:1.35; }
h1 { font-size:15pt; text-align:center; margin:10px 0 8px 0; letter-spacing:1px; }
.ln { display:flex; align-items:baseline; margin:6px 0; }
.ln i { font-style:normal; white-space:nowrap; margin-right:6px; font-size:9.5pt; font-weight:normal; }
.ln u { text-decoration:none; border-bottom:1px solid #000; flex:1; font-family:'Liberation Sans', Arial, sans-serif;
        font-weight:700; font-size:10.5pt; padding-left:4px; }
.rx { font-size:30pt; font-weight:bold; font-family:'P052', serif; margin:4px 0 0 0; }
.body { font-family:'Liberation Sans', Arial, sans-serif; font-weight:700; font-size:10.5pt; line-height:1.45; margin-left:0.15in; }
.body .o { font-weight:normal; }
.cbs { display:grid; grid-template-columns:1fr 1fr; row-gap:3px; font-family:'Liberation Sans', Arial, sans-serif; font-size:9.5pt; margin:6px 0 0 0.15in; }
.sig { position:absolute; left:16px; right:16px; bottom:12px; font-size:9pt; }
.sig .s { font-family:'Z003', cursive; font-size:20pt; font-weight:normal; border-bottom:1px solid #000; width:3.4in; }
"""

    def ln(*pairs):
        return '<div class="ln">' + "".join(f'<i>{l}</i><u style="flex:{w}">{v}</u>&nbsp;&nbsp;' for l, v, w in pairs) + "</div>"

    mods = [("Evaluate and treat", True), ("Therapeutic exercise", True), ("Core / lumbar stabilization", True),
            ("McKenzie / MDT", True), ("Manual therapy", True), ("Aquatic therapy", False),
            ("Traction", False), ("Modalities (heat/ice/e-stim) prn", True), ("Dry needling", False),
            ("Home exercise program", True), ("Work conditioning", True), ("FCE", False)]
    grid = "".join(f"<span>{box(c)}{m}</span>" for m, c in mods)
    body = f"""
<div class="sheet"><div class="inner"><div class="pad">
<div class="hd"><div><div class="n">Treasure Valley Orthopedic &amp; Spine</div>
<div class="s">1075 N Curtis Rd, Suite 200 &middot; Boise, ID 83706<br>Phone {P(f['referring_phone'], 'paren_nosp')} &middot; Fax {P(f['referring_fax'], 'paren_nosp')}</div></div>
<div class="docs">Martin Coe, MD &middot; Spine Surgery<br>Alison Strand, MD &middot; Sports Medicine<br>Brent Halvorsen, PA-C<br>Tess Yamada, NP</div></div>
<h1>PHYSICAL THERAPY PRESCRIPTION</h1>
{ln(('Patient name', 'Kaylee Ann Jorgensen', 3), ('DOB', D(f['patient_dob'], 'mmddyy'), 1))}
{ln(('Phone', P(f['patient_phone'], 'paren'), 2), ('Date', D(f['referral_date'], 'us_dash'), 1))}
{ln(('Insurance', f['insurance_payer'], 3), ('ID', f['insurance_member_id'], 2))}
{ln(('To', 'Gem State Physical Therapy &mdash; any location', 3), ('Fax', P('2083451190', 'paren_nosp'), 1))}
<div class="rx">&#8478;</div>
<div class="body">
<div><span class="o">Diagnosis:</span> M5416 &nbsp;Radiculopathy, lumbar region<br>
<span style="visibility:hidden"><span class="o">Diagnosis:</span></span> M5126 &nbsp;Other intervertebral disc displacement, lumbar region</div>
<div style="margin-top:6px"><span class="o">Reason:</span> {esc(f['reason'])}</div>
<div style="margin-top:6px"><span class="o">Frequency / duration:</span> 2-3x per week x 6 weeks (12-18 visits)</div>
<div style="margin-top:6px"><span class="o">Precautions:</span> No lifting over 25 lb. No spinal manipulation. Onset {D('2026-01-28', 'mmddyy')}. MRI {D('2026-03-05', 'mmddyy')}: L4-5 right paracentral protrusion contacting R L5 root.</div>
</div>
<div class="cbs">{grid}</div>
<div class="body" style="margin-top:8px"><span class="o">Goals:</span> Reduce leg pain to 2/10 or less, independent HEP, return to full duty as a warehouse lead.</div>
<div class="body" style="margin-top:6px"><span class="o">Please send progress notes / re-eval to:</span> {P(f['referring_fax'], 'paren_nosp')}</div>
<div class="sig">
<div class="s">Brent Halvorsen PA-C</div>
<div>Prescriber: Brent Halvorsen, PA-C &nbsp;&nbsp; NPI {f['referring_npi']}</div>
<div>Supervising physician: Martin Coe, MD &nbsp;&nbsp; DEA/License on file</div>
</div>
</div></div></div>"""
    return dict(html=page("NF07", css, body), fields=f, pages=1,
                kind="ortho_rx_pad_pt_prescription_no_urgency_no_sex_undotted_icd_bold_type_to_physical_therapy",
                mode="standard", urgency_printed=False, dropouts={1: 3},
                fax=dict(when="03/19/2026 13:55", name="TV ORTHO SPINE", number=f["referring_fax"],
                         to="2083451190", fmt="e"))


# ====================================================================== NF08
def nf08():
    """Family medicine -> OB referral (San Antonio): new-OB intake with LMP, EDD, dating ultrasound and
    lab dates all near the DOB and referral date; page 2 is the prenatal lab / ultrasound summary."""
    f = {
        "patient_last_name": "Reyes-Navarro",
        "patient_first_name": "Guadalupe",
        "patient_dob": "1987-06-30",
        "patient_sex": "F",
        "patient_phone": "2106720384",
        "patient_mrn": "WFM-22071",
        "insurance_payer": "Superior HealthPlan STAR",
        "insurance_member_id": "700418235",
        "referring_provider": "Daniel Ybarra",
        "referring_npi": npi("128861577"),
        "referring_phone": "2104348800",
        "referring_fax": "2104348871",
        "referred_to_specialty": "obstetrics_gynecology",
        "referred_to_provider": "Monica Castellanos",
        "diagnosis_codes": ["O09.521", "Z3A.10"],
        "reason": "Intrauterine pregnancy at 10 weeks in a 38-year-old G3P2; please establish prenatal care and manage "
                  "advanced maternal age pregnancy.",
        "urgency": "routine",
        "referral_date": "2026-03-09",
    }
    css = """
body { font-family: 'Nimbus Roman', 'Times New Roman', serif; font-size: 11pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:1px solid #000; padding-bottom:4px; }
.hd .n { font-size:16pt; font-weight:bold; font-variant:small-caps; }
.hd .r { text-align:right; font-size:9pt; line-height:1.3; }
h1 { font-size:13.5pt; margin:10px 0 2px 0; }
.sub { font-size:9pt; margin-bottom:6px; }
table.t { width:100%; border-collapse:collapse; margin-bottom:6px; }
table.t td { padding:2px 5px; vertical-align:top; }
table.t td.l { width:1.5in; font-style:italic; }
table.t tr.s td { font-weight:bold; font-style:normal; border-bottom:1.3px solid #000; padding-top:6px; font-variant:small-caps; font-size:11.5pt; }
.ob { border:1.5px solid #000; padding:4px 8px; margin:6px 0; }
.ob table td { padding:1px 10px 1px 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
table.lab { width:100%; border-collapse:collapse; font-size:10pt; }
table.lab th, table.lab td { border:1px solid #000; padding:2px 5px; text-align:left; }
"""
    hd = f"""<div class="hd"><div><div class="n">Westside Family Medicine Clinic</div>
<div style="font-size:9pt">5619 W Commerce St, San Antonio, Texas 78237</div></div>
<div class="r">Clinic phone {P(f['referring_phone'], 'slash')}<br>Referral fax {P(f['referring_fax'], 'slash')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>Referral to Obstetrics &mdash; New OB</h1>
<div class="sub">Referral ID 2026-0309-114 &middot; Date: {D(f['referral_date'], 'us')} &middot; Priority: Routine (next available new-OB slot)</div>
<table class="t">
<tr class="s"><td colspan="4">Patient</td></tr>
<tr><td class="l">Name</td><td>Guadalupe Reyes-Navarro</td><td class="l">DOB</td><td>{D(f['patient_dob'], 'us')}</td></tr>
<tr><td class="l">Sex</td><td>F</td><td class="l">Clinic MRN</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Phone</td><td>{P(f['patient_phone'], 'slash')}</td><td class="l">Language</td><td>Spanish (interpreter)</td></tr>
<tr><td class="l">Partner</td><td>Hector Navarro {P('2106724419', 'slash')}</td><td class="l">Address</td><td>318 S San Felipe Ave, San Antonio TX 78237</td></tr>
<tr class="s"><td colspan="4">Coverage</td></tr>
<tr><td class="l">Payer</td><td class="nw">{f['insurance_payer']}</td><td class="l">Medicaid ID</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Pregnancy Medicaid</td><td>Approved {D('2026-02-23', 'us')}</td><td class="l">Plan code</td><td>STAR-PW</td></tr>
</table>
<div class="ob"><b>Obstetric data</b>
<table>
<tr><td>G3 P2002</td><td>LMP: {D('2025-12-29', 'us')} (certain)</td><td>EDD by LMP: {D('2026-10-05', 'us')}</td></tr>
<tr><td>GA today: 10w0d</td><td>Dating US: {D('2026-03-02', 'us')} (CRL 8w6d)</td><td>EDD by US: {D('2026-10-06', 'us')}</td></tr>
<tr><td>Prior deliveries:</td><td>SVD {D('2015-04-11', 'us')}, 7 lb 2 oz</td><td>SVD {D('2019-08-20', 'us')}, 7 lb 9 oz</td></tr>
</table></div>
<table class="t">
<tr class="s"><td colspan="4">Referral</td></tr>
<tr><td class="l">Refer to</td><td colspan="3">Obstetrics &amp; Gynecology &mdash; Dr. Monica Castellanos, Alamo Women's Health, 7940 Floyd Curl Dr, Suite 600
(ph {P('2106155200', 'slash')}, fax {P('2106155281', 'slash')})</td></tr>
<tr><td class="l">Diagnoses</td><td colspan="3">O09.521 Supervision of elderly multigravida, first trimester<br>Z3A.10 10 weeks gestation of pregnancy</td></tr>
<tr><td class="l">Reason</td><td colspan="3">{esc(f['reason'])}</td></tr>
<tr><td class="l">History</td><td colspan="3">Two uncomplicated term vaginal deliveries. BMI 31. BP 118/74. No diabetes or hypertension. Taking prenatal vitamins.
Desires NIPT. Age at delivery will be 39.</td></tr>
<tr class="s"><td colspan="4">Referring physician</td></tr>
<tr><td class="l">Physician</td><td>Daniel Ybarra, MD</td><td class="l">NPI</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Phone / fax</td><td colspan="3">{P(f['referring_phone'], 'slash')} &nbsp;/&nbsp; {P(f['referring_fax'], 'slash')}</td></tr>
</table>
<div style="margin-top:10px">Signature: <span style="font-family:Z003,cursive;font-size:16pt">D. Ybarra MD</span> &nbsp;&nbsp;&nbsp; Date: {D('2026-03-09', 'us')}</div>
<div class="ft"><span>Reyes-Navarro, Guadalupe &middot; DOB {D(f['patient_dob'], 'us')}</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>Prenatal Labs and Ultrasound Summary</h1>
<div class="sub">Patient: Reyes-Navarro, Guadalupe &middot; DOB {D(f['patient_dob'], 'us')} &middot; MRN {f['patient_mrn']}</div>
<table class="lab">
<tr><th>Test</th><th>Collected</th><th>Result</th></tr>
<tr><td>Urine hCG</td><td>{D('2026-02-16', 'us')}</td><td>Positive</td></tr>
<tr><td>Blood type / Rh</td><td>{D('2026-03-02', 'us')}</td><td>O positive</td></tr>
<tr><td>Antibody screen</td><td>{D('2026-03-02', 'us')}</td><td>Negative</td></tr>
<tr><td>CBC</td><td>{D('2026-03-02', 'us')}</td><td>Hgb 11.8, Plt 241</td></tr>
<tr><td>Rubella IgG</td><td>{D('2026-03-02', 'us')}</td><td>Immune</td></tr>
<tr><td>HBsAg / HIV / RPR</td><td>{D('2026-03-02', 'us')}</td><td>Nonreactive / Nonreactive / Nonreactive</td></tr>
<tr><td>Hemoglobin A1c</td><td>{D('2026-03-02', 'us')}</td><td>5.6 %</td></tr>
<tr><td>Urine culture</td><td>{D('2026-03-02', 'us')}</td><td>No growth</td></tr>
<tr><td>Pap / HPV</td><td>{D('2024-07-15', 'us')}</td><td>NILM / HPV negative</td></tr>
</table>
<h1 style="margin-top:14px">Dating Ultrasound</h1>
<div>Performed {D('2026-03-02', 'us')} at Westside Imaging (ph {P('2104341212', 'slash')}), read by Raymond Ochs, MD.<br>
Single live intrauterine pregnancy. CRL 2.1 cm = 8w6d. FHR 168 bpm. No subchorionic hemorrhage. Adnexa normal.<br>
Assigned EDD {D('2026-10-05', 'us')} (by LMP, concordant with ultrasound).</div>
<h1 style="margin-top:14px">Medications / Allergies</h1>
<div>Prenatal vitamin daily; ondansetron 4 mg ODT q8h prn nausea. No known drug allergies.</div>
<div class="ft"><span>Reyes-Navarro, Guadalupe &middot; DOB {D(f['patient_dob'], 'us')}</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NF08", css, p1 + p2), fields=f, pages=2,
                kind="new_ob_referral_pregnancy_dates_lmp_edd_dating_us_distractors_plus_prenatal_labs_to_obgyn",
                mode="fine",
                fax=dict(when="03/09/2026 15:20", name="WESTSIDE FAMILY MED", number=f["referring_fax"],
                         to="2106155281", fmt="h"))


# ====================================================================== NF09
def nf09():
    """Primary care -> psychiatry referral (Atlanta suburbs) with PHQ-9 / GAD-7 / C-SSRS screening scores and
    dates; page 2 the PHQ-9 item sheet. Light sans type; dropped scan lines."""
    f = {
        "patient_last_name": "Ashford",
        "patient_first_name": "Jamal",
        "patient_dob": "2001-02-14",
        "patient_sex": "M",
        "patient_phone": "7704092286",
        "patient_mrn": "PCPC778102",
        "insurance_payer": "Ambetter from Peach State Health Plan",
        "insurance_member_id": "U90048271635",
        "referring_provider": "Keisha Monroe-Bell",
        "referring_npi": npi("104459318"),
        "referring_phone": "7704468300",
        "referring_fax": "7704468351",
        "referred_to_specialty": "psychiatry",
        "diagnosis_codes": ["F33.2", "F41.1"],
        "reason": "Recurrent severe depression and anxiety not responding to two SSRI trials, with passive suicidal "
                  "ideation and no plan; please evaluate for medication management.",
        "urgency": "urgent",
        "referral_date": "2026-03-12",
    }
    css = """
body { font-family: 'DejaVu Sans', sans-serif; font-weight:300; font-size: 9.5pt; line-height:1.35; }
b, th, h1, h2 { font-weight:bold; }
.hd { display:flex; justify-content:space-between; border-bottom:1px solid #000; padding-bottom:4px; }
.hd .n { font-family:'URW Gothic', sans-serif; font-size:14pt; }
.hd .r { text-align:right; font-size:8.5pt; }
h1 { font-size:13pt; margin:8px 0 4px 0; font-family:'URW Gothic', sans-serif; }
h2 { font-size:9.5pt; margin:9px 0 3px 0; text-transform:uppercase; letter-spacing:1px; }
.grid { display:grid; grid-template-columns:1.3in 1fr 1.3in 1fr; row-gap:2px; column-gap:6px; }
.grid .l { color:#000; font-size:8.5pt; }
table.sc { width:100%; border-collapse:collapse; }
table.sc th, table.sc td { border:1px solid #000; padding:2px 5px; text-align:left; }
.urg { border:2px solid #000; padding:4px 8px; margin:6px 0; font-weight:bold; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""
    hd = f"""<div class="hd"><div><div class="n">Peachtree Corners Primary Care</div>
<div style="font-size:8.5pt">3850 Holcomb Bridge Rd, Suite 400 &middot; Peachtree Corners, GA 30092</div></div>
<div class="r">Phone: {P(f['referring_phone'], 'dash')}<br>Fax: {P(f['referring_fax'], 'dash')}<br>Integrated Behavioral Health: {P('7704468390', 'dash')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>Behavioral Health Referral &mdash; Psychiatry</h1>
<div class="urg">URGENCY: Urgent &mdash; please schedule within 7 days. Patient safety plan completed {D('2026-03-12', 'us')}.</div>
<h2>Patient</h2>
<div class="grid">
<span class="l">Name</span><span>ASHFORD, Jamal T.</span><span class="l">DOB</span><span>{D(f['patient_dob'], 'abbr')}</span>
<span class="l">Sex</span><span>Male</span><span class="l">Acct / MRN</span><span>{f['patient_mrn']}</span>
<span class="l">Mobile</span><span>{P(f['patient_phone'], 'dash')}</span><span class="l">OK to leave msg</span><span>Yes</span>
<span class="l">Emergency contact</span><span>Denise Ashford (mother)</span><span class="l">Contact phone</span><span>{P('4048316072', 'dash')}</span>
</div>
<h2>Insurance</h2>
<div class="grid">
<span class="l">Carrier</span><span>{f['insurance_payer']}</span><span class="l">Member ID</span><span>{f['insurance_member_id']}</span>
<span class="l">Behavioral health vendor</span><span>Envolve (auth not required)</span><span class="l">Group</span><span>&nbsp;</span>
</div>
<h2>Referral</h2>
<div class="grid">
<span class="l">Refer to</span><span>Psychiatry (adult outpatient)</span><span class="l">Provider</span><span>First available</span>
<span class="l">Referral date</span><span>{D(f['referral_date'], 'abbr')}</span><span class="l">Visit type</span><span>New patient evaluation</span>
</div>
<div style="margin-top:4px"><b>Diagnoses:</b> F33.2 Major depressive disorder, recurrent severe without psychotic features; F41.1 Generalized anxiety disorder</div>
<div style="margin-top:4px"><b>Reason for referral:</b> {esc(f['reason'])}</div>
<h2>Screening scores</h2>
<table class="sc">
<tr><th>Instrument</th><th>Date</th><th>Score</th><th>Interpretation</th></tr>
<tr><td>PHQ-9</td><td>{D('2025-11-04', 'us')}</td><td>14</td><td>Moderate</td></tr>
<tr><td>PHQ-9</td><td>{D('2026-03-12', 'us')}</td><td>19</td><td>Moderately severe; item 9 = 1</td></tr>
<tr><td>GAD-7</td><td>{D('2026-03-12', 'us')}</td><td>16</td><td>Severe anxiety</td></tr>
<tr><td>C-SSRS screener</td><td>{D('2026-03-12', 'us')}</td><td>Q1 yes, Q2 yes, Q3-5 no, Q6 no</td><td>Low risk; passive ideation, no plan or intent</td></tr>
<tr><td>AUDIT-C</td><td>{D('2026-03-12', 'us')}</td><td>2</td><td>Negative</td></tr>
<tr><td>MDQ</td><td>{D('2026-03-12', 'us')}</td><td>3</td><td>Negative for bipolar spectrum</td></tr>
</table>
<h2>Treatment history</h2>
<div>Sertraline 50-150 mg ({D('2024-09-01', 'us_short')} to {D('2025-06-15', 'us_short')}), partial response, GI side effects.
Escitalopram 10-20 mg since {D('2025-07-10', 'us_short')}, no response at 20 mg for 12 weeks. Weekly therapy with LCSW since
November. No prior hospitalizations. No substance use besides occasional alcohol. Crisis resources given: 988 Suicide &amp; Crisis Lifeline.</div>
<h2>Referring provider</h2>
<div class="grid">
<span class="l">Provider</span><span>Keisha Monroe-Bell, MD</span><span class="l">NPI</span><span>{f['referring_npi']}</span>
<span class="l">Direct phone</span><span>{P(f['referring_phone'], 'dash')}</span><span class="l">Return fax</span><span>{P(f['referring_fax'], 'dash')}</span>
</div>
<div style="margin-top:10px">Signature ______________________________ &nbsp; Date ____________</div>
<div class="ft"><span>CONFIDENTIAL &mdash; contains mental health information protected under federal and Georgia law</span><span>1 / 2</span></div>
</div></div>"""
    items = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless",
             "Trouble falling or staying asleep, or sleeping too much", "Feeling tired or having little energy",
             "Poor appetite or overeating", "Feeling bad about yourself, or that you are a failure",
             "Trouble concentrating on things", "Moving or speaking slowly, or being fidgety or restless",
             "Thoughts that you would be better off dead or of hurting yourself"]
    scores = [2, 3, 3, 3, 2, 3, 2, 0, 1]
    rows = "".join(f"<tr><td>{i}. {t}</td>" + "".join(f"<td style='text-align:center'>{'X' if s == k else ''}</td>" for k in range(4)) + "</tr>"
                   for i, (t, s) in enumerate(zip(items, scores), 1))
    gad = ["Feeling nervous, anxious or on edge", "Not being able to stop or control worrying", "Worrying too much about different things",
           "Trouble relaxing", "Being so restless that it is hard to sit still", "Becoming easily annoyed or irritable",
           "Feeling afraid as if something awful might happen"]
    gs = [3, 3, 2, 2, 1, 3, 2]
    grows = "".join(f"<tr><td>{i}. {t}</td>" + "".join(f"<td style='text-align:center'>{'X' if s == k else ''}</td>" for k in range(4)) + "</tr>"
                    for i, (t, s) in enumerate(zip(gad, gs), 1))
    p2 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>Patient Health Questionnaire (PHQ-9) and GAD-7</h1>
<div>Patient: ASHFORD, Jamal T. &nbsp; DOB {D(f['patient_dob'], 'abbr')} &nbsp; Completed {D('2026-03-12', 'us')} in clinic (self-report)</div>
<h2>PHQ-9 &mdash; over the last 2 weeks</h2>
<table class="sc"><tr><th>Item</th><th>Not at all (0)</th><th>Several days (1)</th><th>More than half (2)</th><th>Nearly every day (3)</th></tr>
{rows}
<tr><td colspan="5"><b>Total score: 19</b> &nbsp; Difficulty: Very difficult</td></tr></table>
<h2>GAD-7 &mdash; over the last 2 weeks</h2>
<table class="sc"><tr><th>Item</th><th>Not at all (0)</th><th>Several days (1)</th><th>More than half (2)</th><th>Nearly every day (3)</th></tr>
{grows}
<tr><td colspan="5"><b>Total score: 16</b></td></tr></table>
<h2>Clinician review</h2>
<div>Item 9 positive (several days). C-SSRS screener completed: wish to be dead and non-specific thoughts in past month;
no method, intent, plan or behavior. Safety plan reviewed with patient and mother; firearms: none in home.
Reviewed by K. Monroe-Bell, MD.</div>
<div class="ft"><span>CONFIDENTIAL &mdash; contains mental health information protected under federal and Georgia law</span><span>2 / 2</span></div>
</div></div>"""
    return dict(html=page("NF09", css, p1 + p2), fields=f, pages=2,
                kind="behavioral_health_referral_phq9_gad7_cssrs_scores_light_type_plus_item_sheet_to_psychiatry",
                mode="standard", dropouts={1: 2, 2: 2},
                fax=dict(when="03/12/2026 17:02", name="PTREE CORNERS PC", number=f["referring_fax"],
                         to="7705531900", fmt="c"))


# ====================================================================== NF10
def nf10():
    """Request for surgical consultation (Reno internist -> general surgery) with imaging findings block and
    the attached ultrasound report (radiologist, accession, imaging center numbers). Bold values; page 1 skewed."""
    f = {
        "patient_last_name": "Brannigan",
        "patient_first_name": "Cody",
        "patient_dob": "1979-05-23",
        "patient_sex": "M",
        "patient_phone": "7758276612",
        "patient_mrn": "330917",
        "insurance_payer": "Hometown Health",
        "insurance_member_id": "HH2094417730",
        "referring_provider": "Priscilla Nakamura",
        "referring_npi": npi("113397542"),
        "referring_phone": "7753298000",
        "referring_fax": "7753298029",
        "referred_to_specialty": "general_surgery",
        "referred_to_provider": "Felix Arvizu",
        "diagnosis_codes": ["K80.20", "R10.11"],
        "reason": "Recurrent biliary colic with symptomatic cholelithiasis on ultrasound; please evaluate for "
                  "laparoscopic cholecystectomy.",
        "urgency": "urgent",
        "referral_date": "2026-03-04",
    }
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10.5pt; }
.hd { border-bottom:3px double #000; padding-bottom:4px; display:flex; justify-content:space-between; align-items:flex-end; }
.hd .n { font-size:15pt; font-weight:bold; }
.hd .r { text-align:right; font-size:9pt; line-height:1.3; }
h1 { font-size:14pt; text-align:center; margin:10px 0 8px 0; letter-spacing:1px; }
.two { display:flex; gap:0.25in; }
.two > div { flex:1; border:1px solid #000; padding:4px 7px; }
.box { border:1px solid #000; padding:4px 7px; margin-top:7px; }
.t { font-weight:bold; font-size:9pt; text-transform:uppercase; border-bottom:1px solid #000; margin-bottom:3px; letter-spacing:1px; }
.kv { display:flex; margin:1px 0; }
.kv b { width:1.15in; flex:none; font-weight:normal; font-size:9.5pt; }
.kv span, .v { font-weight:600; font-family:'Liberation Sans', Arial, sans-serif; font-size:10pt; }
.img { font-family:'Liberation Sans', Arial, sans-serif; font-weight:600; font-size:9.5pt; line-height:1.35; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
.rp { font-family:'Liberation Sans', Arial, sans-serif; font-size:10pt; line-height:1.45; }
.rp h2 { font-size:11pt; margin:10px 0 2px 0; }
"""

    def kv(l, v):
        return f'<div class="kv"><b>{l}</b><span>{v}</span></div>'

    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Truckee Meadows Internal Medicine</div><div style="font-size:9pt">645 Sierra Rose Dr, Reno, Nevada 89511</div></div>
<div class="r">Tel. {P(f['referring_phone'], 'dot')}<br>Fax {P(f['referring_fax'], 'dot')}</div></div>
<h1>REQUEST FOR SURGICAL CONSULTATION</h1>
<div class="two"><div>
<div class="t">Patient</div>
{kv('Name:', 'Mr. Cody R. Brannigan')}
{kv('Birthdate:', D(f['patient_dob'], 'us'))}
{kv('Sex:', 'M')}
{kv('Phone:', P(f['patient_phone'], 'dot'))}
{kv('MRN:', f['patient_mrn'])}
{kv('Employer:', 'Washoe County School District')}
</div><div>
<div class="t">Insurance / Guarantor</div>
{kv('Insurer:', f['insurance_payer'])}
{kv('Member #:', f['insurance_member_id'])}
{kv('Group #:', '8830-WCSD')}
{kv('Guarantor:', 'Cody R. Brannigan')}
{kv('Guar. phone:', P('7753324410', 'dot') + ' (work)')}
{kv('Pre-cert:', 'Required &mdash; submitted')}
</div></div>
<div class="two" style="margin-top:7px"><div>
<div class="t">Consultant requested</div>
{kv('Service:', 'General Surgery')}
{kv('Surgeon:', 'Felix Arvizu, MD, FACS')}
{kv('Group:', 'Sierra Surgical Associates')}
{kv('Phone / fax:', P('7759823300', 'dot') + ' / ' + P('7759823344', 'dot'))}
</div><div>
<div class="t">Requesting physician</div>
{kv('Physician:', 'Priscilla Nakamura, DO')}
{kv('NPI:', f['referring_npi'])}
{kv('Phone:', P(f['referring_phone'], 'dot'))}
{kv('Fax:', P(f['referring_fax'], 'dot'))}
</div></div>
<div class="box">
<div class="t">Consultation</div>
{kv('Date requested:', D(f['referral_date'], 'abbr_dot'))}
{kv('Urgency:', 'URGENT (within 1 week) &nbsp; &#9744; Routine &nbsp; &#9746; Urgent &nbsp; &#9744; Emergent')}
{kv('ICD-10-CM:', 'K80.20 Calculus of gallbladder w/o cholecystitis w/o obstruction; R10.11 Right upper quadrant pain')}
{kv('Question:', esc(f['reason']))}
</div>
<div class="box">
<div class="t">Imaging findings</div>
<div class="img">RUQ ultrasound {D('2026-03-02', 'us')} (Great Basin Imaging, accession GBI-2603-11872): multiple mobile shadowing gallstones,
largest 1.4 cm; gallbladder wall 2 mm; no pericholecystic fluid; sonographic Murphy sign negative; CBD 4 mm; liver normal in
echotexture. Impression: cholelithiasis without sonographic evidence of acute cholecystitis.<br>
CT abdomen/pelvis {D('2025-12-19', 'us')} (ED visit, Renown): no acute process; incidental gallstones noted.</div>
</div>
<div class="box">
<div class="t">Clinical history</div>
<div class="img" style="font-weight:normal">Four episodes of postprandial RUQ pain radiating to the back since December, each lasting 2-5 hours,
one ED visit. LFTs and lipase normal {D('2026-03-02', 'us')}. Afebrile. PMH: hypertension, obesity (BMI 33), sleep apnea on CPAP.
Meds: losartan 50 mg daily. NKDA. Prior surgery: none.</div>
</div>
<div style="margin-top:10px">Signed: <span style="font-family:Z003,cursive;font-size:16pt">P. Nakamura DO</span></div>
<div class="ft"><span>Brannigan, Cody &middot; MRN {f['patient_mrn']}</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Great Basin Imaging</div><div style="font-size:9pt">10085 Double R Blvd, Reno NV 89521</div></div>
<div class="r">Scheduling {P('7758531000', 'dash')}<br>Reading room fax {P('7758531099', 'dash')}</div></div>
<div class="rp">
<h2>ULTRASOUND ABDOMEN LIMITED (RUQ)</h2>
<div>Patient: BRANNIGAN, CODY R &nbsp;&nbsp; DOB: {D(f['patient_dob'], 'us')} &nbsp;&nbsp; Sex: M</div>
<div>Accession: GBI-2603-11872 &nbsp;&nbsp; Exam date: {D('2026-03-02', 'us')} 10:20 &nbsp;&nbsp; Report date: {D('2026-03-02', 'us')} 13:05</div>
<div>Referring: NAKAMURA, PRISCILLA DO &nbsp;&nbsp; Copy to: Truckee Meadows Internal Medicine</div>
<h2>CLINICAL INDICATION</h2>
<div>Intermittent right upper quadrant pain after meals.</div>
<h2>TECHNIQUE</h2>
<div>Real-time grayscale and color Doppler sonography of the right upper quadrant.</div>
<h2>COMPARISON</h2>
<div>CT abdomen and pelvis {D('2025-12-19', 'us')}.</div>
<h2>FINDINGS</h2>
<div>Liver: 16.2 cm, normal echotexture, no focal lesion. Hepatopetal portal venous flow.<br>
Gallbladder: multiple mobile shadowing calculi, the largest 1.4 cm. Wall 2 mm. No pericholecystic fluid. Sonographic Murphy sign negative.<br>
Bile ducts: common bile duct 4 mm. No intrahepatic biliary dilatation.<br>
Pancreas: visualized head and body unremarkable.<br>
Right kidney: 11.0 cm, no hydronephrosis or shadowing calculus.</div>
<h2>IMPRESSION</h2>
<div>1. Cholelithiasis without sonographic evidence of acute cholecystitis.<br>2. No biliary dilatation.</div>
<div style="margin-top:18px">Electronically signed by Theodore Marsh, MD (Radiology) on {D('2026-03-02', 'us')} 13:05</div>
</div>
<div class="ft"><span>Great Basin Imaging &middot; GBI-2603-11872</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NF10", css, p1 + p2), fields=f, pages=2,
                kind="surgical_consult_request_imaging_findings_bold_values_plus_ultrasound_report_to_general_surgery",
                mode="standard", skew={1: -1.9},
                fax=dict(when="03/04/2026 12:48", name="TMIM RENO", number=f["referring_fax"],
                         to="7759823344", fmt="f"))
