"""NX01-NX05 builders. Each returns dict(html, fields, pages, kind, mode, noise)."""
from common import npi, P, D, page, faxline, TXHDR_CSS


# ---------------------------------------------------------------- NX01
def nx01():
    """Solo family physician's word-processor letter; patient block in a left sidebar; + med list."""
    f = {
        "patient_last_name": "Solheim",
        "patient_first_name": "Ingrid",
        "patient_dob": "1957-03-14",
        "patient_sex": "F",
        "patient_phone": "5633872291",
        "patient_mrn": "4471",
        "insurance_payer": "Wellmark Blue Cross and Blue Shield of Iowa",
        "insurance_member_id": "WMK882417730",
        "referring_provider": "Harold Lindqvist",
        "referring_npi": npi("147702863"),
        "referring_phone": "5633824410",
        "referring_fax": "5633824419",
        "referred_to_specialty": "endocrinology",
        "referred_to_provider": "Priya Ramanathan",
        "diagnosis_codes": ["E05.90", "E04.1"],
        "reason": "evaluation and management of new hyperthyroidism with a 1.8 cm right thyroid nodule",
        "urgency": "routine",
        "referral_date": "2026-10-09",
    }
    cover_npi = npi("129904417")
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; line-height: 1.28; }
.lh { text-align: center; border-bottom: 0.75pt solid #000; padding-bottom: 5px; }
.lh .nm { font-size: 17pt; font-variant: small-caps; letter-spacing: 1px; }
.lh .sub { font-size: 10pt; font-style: italic; }
.lh .ad { font-size: 9.5pt; }
.wrap { display: flex; margin-top: 16px; gap: 0; }
.side { width: 2.05in; border-right: 0.75pt solid #000; padding-right: 10px; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; line-height: 1.35; }
.side h4 { font-size: 8.5pt; letter-spacing: 1.5px; margin: 10px 0 2px 0; border-bottom: 0.5pt solid #000; }
.side h4:first-child { margin-top: 0; }
.side .v { font-weight: bold; font-size: 10pt; }
.main { flex: 1; padding-left: 18px; }
.main p { margin: 0 0 9px 0; text-align: justify; }
.sig { margin-top: 26px; }
.sigline { font-family: 'Z003', cursive; font-size: 20pt; margin: 4px 0 0 0; }
.foot { position: absolute; bottom: 0; left: 0; right: 0; font-size: 8pt; text-align: center; border-top: 0.5pt solid #000; padding-top: 2px; font-family: 'Liberation Sans', sans-serif; }
h3 { font-size: 13pt; text-align: center; margin: 8px 0 4px 0; font-variant: small-caps; }
table.med { width: 100%; font-size: 10pt; margin-top: 6px; }
table.med th { text-align: left; border-bottom: 1pt solid #000; padding: 3px 4px; font-size: 9.5pt; }
table.med td { padding: 3px 4px; border-bottom: 0.5pt dotted #000; vertical-align: top; }
.small { font-size: 9pt; }
""" + TXHDR_CSS
    lh = f"""
<div class="lh"><div class="nm">Harold P. Lindqvist, M.D.</div>
<div class="sub">Family Practice &amp; Geriatrics &mdash; a solo practice since 1994</div>
<div class="ad">112 West Water Street &middot; Decorah, Iowa 52101 &middot; Office {P(f['referring_phone'])} &middot; Fax {P(f['referring_fax'])}</div></div>"""
    body = f"""
{faxline('OCT-09-2026 16:41', 'LINDQVIST MD', P(f['referring_fax'],'dash'), 1, 2)}
{lh}
<div class="wrap">
<div class="side">
<h4>RE: PATIENT</h4>
<div class="v">Ingrid M. Solheim</div>
<div>Born {D(f['patient_dob'],'dmy_long')}</div>
<div>Female</div>
<div>2904 Ridgewood Lane<br>Decorah, IA 52101</div>
<div>Tel. {P(f['patient_phone'],'dot')} (home)</div>
<div>Our chart no. {f['patient_mrn']}</div>
<h4>COVERAGE</h4>
<div>Wellmark Blue Cross and Blue Shield of Iowa</div>
<div>Policy # <b>WMK 882 41 7730</b></div>
<div>Group 07716-2 (Winneshiek Co.)</div>
<h4>DIAGNOSES</h4>
<div><b>E05.90</b> Thyrotoxicosis, unsp., without crisis</div>
<div><b>E04.1</b> Nontoxic single thyroid nodule</div>
<h4>LABS (enclosed)</h4>
<div>TSH &lt;0.02 mIU/L &nbsp;({D('2026-09-30','us_short_yy')})</div>
<div>Free T4 2.4 ng/dL</div>
<div>Total T3 212 ng/dL</div>
<div>US thyroid {D('2026-10-05','us_short_yy')}: 1.8 cm R lobe nodule, TI-RADS 3</div>
<h4>PRIMARY / COVERING</h4>
<div>PCP: the undersigned</div>
<div>Covering (Oct 19&ndash;30): Anders Kvale, DO</div>
<div>After hours: {P('5633824499')} (answering svc.)</div>
</div>
<div class="main">
<p>{D(f['referral_date'],'long')}</p>
<p>Priya Ramanathan, M.D.<br>Driftless Endocrine &amp; Diabetes Clinic<br>620 South Avenue, Suite 3B<br>La Crosse, WI 54601<br>By fax: {P('6087855306')}</p>
<p>Dear Dr. Ramanathan:</p>
<p>Thank you for agreeing to see Mrs. Ingrid Solheim, a 69-year-old retired schoolteacher whom I have followed for many years. I am referring her for <b>evaluation and management of new hyperthyroidism with a 1.8 cm right thyroid nodule</b>.</p>
<p>She came to see me on {D('2026-09-28','long')} with three months of palpitations, heat intolerance, a nine-pound weight loss and a fine tremor. Her pulse was 104 and regular, blood pressure 146/78. The thyroid was diffusely enlarged and mildly tender on the right with no bruit. There is no eye involvement that I could see. A TSH drawn on {D('2026-09-30','us_short_yy')} was suppressed with an elevated free T4, and the ultrasound I obtained at Winneshiek Medical Center showed the nodule noted at left. I have not ordered an uptake scan, thinking it better to leave that to you.</p>
<p>In the meantime I started propranolol 10 mg three times daily, which has helped the palpitations. I have not started methimazole. Her other problems are hypertension, osteopenia and a remote cholecystectomy ({D('2004-05-11','us_short_yy')}). Her medication list is on the following page.</p>
<p>This does not seem to me an emergency, and she would be glad of a routine appointment at your earliest convenience; she prefers mornings and her daughter will drive her. Please send your consultation note to my fax above. I will be away from October 19 to 30; Dr. Kvale covers my patients during that time.</p>
<p>With kind regards,</p>
<div class="sig"><div class="sigline">Harold P. Lindqvist</div>
Harold P. Lindqvist, M.D.<br><span class="small">NPI {f['referring_npi']} &middot; Iowa lic. MD-30418</span></div>
<p class="small" style="margin-top:14px">cc: Marta Evenson, M.D. (gynecology), Decorah &middot; Patient</p>
</div></div>
<div class="foot">Dictated {D('2026-10-08','us_short')} &middot; typed {D('2026-10-09','us_short')} &middot; HPL/jr &middot; Page 1 of 2</div>

<div class="pb"></div>
{faxline('OCT-09-2026 16:42', 'LINDQVIST MD', P(f['referring_fax'],'dash'), 2, 2)}
{lh}
<h3>Current Medication List</h3>
<table class="small" style="width:100%"><tr><td><b>Patient:</b> SOLHEIM, INGRID M.</td><td><b>Chart:</b> {f['patient_mrn']}</td><td><b>DOB:</b> {D(f['patient_dob'],'us')}</td><td style="text-align:right"><b>Printed:</b> {D('2026-10-09','us')}</td></tr></table>
<table class="med">
<tr><th>Medication</th><th>Directions</th><th>NDC</th><th>Started</th><th>Prescriber</th></tr>
<tr><td>Propranolol HCl 10 mg tablet</td><td>1 tab by mouth three times daily</td><td>0591-5555-01</td><td>{D('2026-09-28','us_short_yy')}</td><td>H. Lindqvist</td></tr>
<tr><td>Lisinopril 10 mg tablet</td><td>1 tab daily</td><td>68180-0514-01</td><td>{D('2019-03-02','us_short_yy')}</td><td>H. Lindqvist</td></tr>
<tr><td>Alendronate 70 mg tablet</td><td>1 tab weekly, Sunday AM</td><td>0093-5171-44</td><td>{D('2022-01-17','us_short_yy')}</td><td>M. Evenson</td></tr>
<tr><td>Calcium carbonate / vit D3 600 mg/400 IU</td><td>1 tab twice daily</td><td>(OTC)</td><td>{D('2022-01-17','us_short_yy')}</td><td>M. Evenson</td></tr>
<tr><td>Acetaminophen 500 mg</td><td>1&ndash;2 tabs q6h PRN pain, max 3 g/day</td><td>(OTC)</td><td>&mdash;</td><td>&mdash;</td></tr>
</table>
<p class="small" style="margin-top:10px"><b>Discontinued:</b> hydrochlorothiazide 12.5 mg (hyponatremia, {D('2023-06-12','us_short_yy')}).</p>
<p class="small"><b>Allergies:</b> sulfa (rash); iodinated contrast &mdash; hives 2011. <b>Please note</b> before any iodine-based imaging.</p>
<p class="small"><b>Immunizations:</b> influenza {D('2026-09-28','us_short_yy')}; Shingrix x2 (2023); Td 2020.</p>
<p class="small"><b>Pharmacy:</b> Oneota Drug, Decorah &mdash; {P('5633821620','dash')} (fax {P('5633821655','dash')}).</p>
<p class="small" style="margin-top:18px">Reviewed with patient {D('2026-09-28','us')}. &nbsp; Medicare/other coverage: none secondary. &nbsp; Prior practice NPI on file (group): {cover_npi}</p>
<div class="foot">Harold P. Lindqvist, M.D. &middot; 112 West Water Street, Decorah, Iowa 52101 &middot; Page 2 of 2</div>
"""
    return dict(html=page("NX01", css, body), fields=f, pages=2, mode="fine", noise=dict(specks=160),
                kind="solo_practitioner_letter_sidebar_patient_block_plus_med_list_endo")


# ---------------------------------------------------------------- NX02
def nx02():
    """Chiropractor to orthopedics; every label sits BELOW its value line; + insurance card copy."""
    f = {
        "patient_last_name": "Kowalczyk",
        "patient_first_name": "Brianne",
        "patient_dob": "1984-07-22",
        "patient_sex": "F",
        "patient_phone": "2076421187",
        "insurance_payer": "Harvard Pilgrim Health Care",
        "insurance_member_id": "HP40028816-01",
        "referring_provider": "Tomasz Wrobel",
        "referring_npi": npi("158830241"),
        "referring_phone": "2078713302",
        "referring_fax": "2078713310",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Lauren Pelletier",
        "diagnosis_codes": ["M51.16", "M99.03"],
        "reason": "Lumbar disc herniation with left L5 radiculopathy and new EHL weakness, not improving after 6 weeks of chiropractic care; orthopedic spine evaluation and MRI review",
        "urgency": "urgent",
        "referral_date": "2026-10-20",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.hd { display: flex; justify-content: space-between; align-items: flex-end; }
.hd .nm { font-family: 'URW Gothic', 'Liberation Sans', sans-serif; font-size: 18pt; font-weight: bold; letter-spacing: 1px; }
.hd .tag { font-size: 9pt; }
.hd .r { text-align: right; font-size: 9.5pt; line-height: 1.3; }
.title { margin: 8px 0 4px 0; font-size: 13pt; font-weight: bold; text-align: center; border-top: 2pt solid #000; border-bottom: 2pt solid #000; padding: 3px; letter-spacing: 2px; }
.row { display: flex; gap: 14px; margin-top: 8px; }
.fld { flex: 1; }
.fld .v { border-bottom: 1pt solid #000; min-height: 20px; padding: 0 3px 1px 3px; font-family: 'Liberation Serif', serif; font-style: italic; font-weight: bold; font-size: 12pt; white-space: nowrap; overflow: hidden; }
.fld .v.wrapv { white-space: normal; line-height: 1.55; }
.fld .l { font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.5px; padding-top: 1px; }
.sec { margin-top: 11px; font-weight: bold; font-size: 10pt; background: #000; color: #fff; padding: 2px 6px; letter-spacing: 1px; }
.cb { font-size: 10pt; }
.foot { position: absolute; bottom: 0; left: 0; right: 0; font-size: 8pt; display: flex; justify-content: space-between; border-top: 0.5pt solid #000; padding-top: 2px; }
.card { width: 3.6in; height: 2.25in; border: 1.5pt solid #000; border-radius: 10px; padding: 8px 10px; font-size: 8.5pt; position: relative; }
.cards { display: flex; gap: 0.4in; margin-top: 20px; }
.card .logo { font-size: 12pt; font-weight: bold; font-family: 'URW Gothic', sans-serif; border-bottom: 1pt solid #000; margin-bottom: 4px; }
.card table td { padding: 1px 4px 1px 0; font-size: 8.5pt; vertical-align: top; }
.stampcopy { border: 1pt dashed #000; padding: 6px; margin-top: 18px; font-size: 9pt; width: 4.2in; }
""" + TXHDR_CSS

    def fld(v, l, w=1, cls=""):
        return f'<div class="fld" style="flex:{w}"><div class="v {cls}">{v}</div><div class="l">{l}</div></div>'

    body = f"""
{faxline('10/20/2026 11:06', 'BAYSIDE FAMILY CHIRO', P(f['referring_fax'],'plain'), 1, 2)}
<div class="hd"><div><div class="nm">BAYSIDE FAMILY CHIROPRACTIC</div>
<div class="tag">Spinal care &middot; Sports rehab &middot; Massage therapy</div></div>
<div class="r">480 Forest Avenue, Portland, ME 04101<br>Phone {P(f['referring_phone'],'dash')} ext 12 (front desk ext 10)<br>Fax {P(f['referring_fax'],'dash')}<br>Mon&ndash;Fri 7:30&ndash;6 &middot; Sat 8&ndash;12</div></div>
<div class="title">REFERRAL FOR SPECIALIST CONSULTATION</div>

<div class="sec">PATIENT</div>
<div class="row">{fld('Kowalczyk','Last name',3)}{fld('Brianne','First name',3)}{fld('J.','M.I.',0.6)}{fld(D(f['patient_dob'],'us'),'Date of birth (mm/dd/yyyy)',2)}{fld('F','Sex',0.7)}</div>
<div class="row">{fld('77 Pleasant St, Apt 2, South Portland, ME 04106','Home address',5)}{fld(P(f['patient_phone']),"Patient's daytime phone",2.4)}</div>
<div class="row">{fld('Harvard Pilgrim Health Care','Primary insurance carrier',3)}{fld('HP40028816-01',"Insured's ID no.",2.2)}{fld('0091174','Group no.',1.2)}{fld('Self','Relationship to insured',1.3)}</div>
<div class="row">{fld(D('2026-08-30','us'),'Date of injury / onset',1.5)}{fld('[ ] Auto &nbsp; [ ] Work &nbsp; [X] Neither','Condition related to',2.6)}{fld(D('2026-09-02','us'),'First chiropractic visit',1.6)}{fld('14','Visits to date',0.8)}</div>

<div class="sec">REFERRED TO</div>
<div class="row">{fld('Orthopedics &mdash; Spine','Specialty requested',2.2)}{fld('Lauren Pelletier, MD','Physician',2)}{fld('Casco Bay Orthopaedics, 1601 Congress St, Portland','Practice / location',3.4)}</div>
<div class="row">{fld(P('2077745110','dash'),'Specialist phone',1.4)}{fld(P('2077745199','dash'),'Specialist fax',1.4)}{fld('[ ] Routine &nbsp;&nbsp; [X] Urgent (please see within 1 week) &nbsp;&nbsp; [ ] Emergent','Priority',4.2)}</div>

<div class="sec">CLINICAL</div>
<div class="row">{fld('M51.16 &nbsp;&nbsp;&nbsp; M99.03','ICD-10 code(s)',2)}{fld('98941 &times;14, 97140, 97112','CPT billed to date (for reference)',2.6)}</div>
<div class="row">{fld(f['reason'],'Reason for referral',1,'wrapv')}</div>
<div class="row">{fld('SLR positive on L at 35&deg;; diminished L Achilles reflex; EHL 4/5 on L (new since 10/13); L5 dermatomal numbness. No bowel/bladder change. Lumbar X-ray 9/2/26: L4-5 and L5-S1 disc space narrowing. MRI not yet done.','Pertinent findings',1,'wrapv')}</div>
<div class="row">{fld('Chiropractic spinal manipulation discontinued '+D('2026-10-13','us_short')+'. Continue home exercise; ice; OTC naproxen per PCP.','Treatment to date / current plan',1,'wrapv')}</div>
<div class="row">{fld('Dr. Elaine Foss, Mercy Family Medicine (aware)','Primary care physician',3)}{fld(P('2078794000','dash'),'PCP phone',1.5)}</div>

<div class="sec">REFERRING PROVIDER</div>
<div class="row">{fld('Tomasz Wrobel, D.C.','Referring chiropractor (print)',2.5)}{fld(f['referring_npi'],'NPI',1.6)}{fld('CH-2291','Maine lic. no.',1.2)}{fld(D(f['referral_date'],'us'),'Date of referral',1.6)}</div>
<div class="row">{fld('<span style="font-family:Z003,cursive;font-size:17pt;font-weight:normal">T. Wrobel DC</span>','Signature',3)}{fld('Please fax consult notes to '+P(f['referring_fax'],'dash'),'Return to',3)}</div>
<div class="foot"><span>BFC-Form 7 (rev 2/21)</span><span>Patient copy retained in file</span><span>Page 1 of 2</span></div>

<div class="pb"></div>
{faxline('10/20/2026 11:07', 'BAYSIDE FAMILY CHIRO', P(f['referring_fax'],'plain'), 2, 2)}
<div style="font-size:12pt;font-weight:bold">COPY OF INSURANCE CARD (front / back) &mdash; Kowalczyk, Brianne &mdash; copied {D('2026-09-02','us')}</div>
<div class="cards">
<div class="card"><div class="logo">Harvard Pilgrim Health Care</div>
<table>
<tr><td>Member</td><td><b>BRIANNE J KOWALCZYK</b></td></tr>
<tr><td>Member ID</td><td><b>HP40028816-01</b></td></tr>
<tr><td>Group</td><td>0091174 &nbsp; CASCO MARINE SUPPLY</td></tr>
<tr><td>Plan</td><td>HMO Maine &mdash; PCP Required</td></tr>
<tr><td>PCP</td><td>ELAINE FOSS MD</td></tr>
<tr><td>Copays</td><td>PCP $25 &nbsp; SPEC $50 &nbsp; ER $250</td></tr>
<tr><td>Rx BIN</td><td>003858 &nbsp; PCN A4 &nbsp; GRP HPHCRX</td></tr>
</table></div>
<div class="card"><div class="logo" style="font-size:10pt">Important phone numbers</div>
<table>
<tr><td>Member Services</td><td>{P('8884337880','one')}</td></tr>
<tr><td>Provider Services</td><td>{P('8008372200','one')}</td></tr>
<tr><td>Behavioral Health</td><td>{P('8885553711','one')}</td></tr>
<tr><td>Chiropractic (ASH)</td><td>{P('8004172742','one')}</td></tr>
</table>
<div style="margin-top:6px">Submit claims: PO Box 699183, Quincy MA 02269-9183. Payer ID 04271. Referrals required for specialist care except OB/GYN and emergencies.</div></div>
</div>
<div class="stampcopy"><b>Office use:</b> Eligibility verified {D('2026-10-20','us_short')} by KB via portal. Specialist referral requires PCP authorization &mdash; copy of this request faxed to Mercy Family Medicine at {P('2078794011','dash')}.</div>
<div class="foot"><span>Bayside Family Chiropractic</span><span></span><span>Page 2 of 2</span></div>
"""
    return dict(html=page("NX02", css, body), fields=f, pages=2, mode="standard", noise=dict(specks=260),
                kind="chiropractor_form_labels_below_value_lines_plus_card_copy_ortho")


# ---------------------------------------------------------------- NX03
def nx03():
    """Optometrist to ophthalmology; all fields in a ruled header band, exam narrative below."""
    f = {
        "patient_last_name": "Barrett",
        "patient_first_name": "Wendell",
        "patient_dob": "1949-02-11",
        "patient_sex": "M",
        "patient_phone": "5413892207",
        "patient_mrn": "CV-018443",
        "insurance_payer": "Medicare Part B",
        "insurance_member_id": "5HN7-QW3-TA26",
        "referring_provider": "Nadia Farouk",
        "referring_npi": npi("186640372"),
        "referring_phone": "5413826610",
        "referring_fax": "5413826619",
        "referred_to_specialty": "ophthalmology",
        "referred_to_provider": "Miles Ashdown",
        "diagnosis_codes": ["H25.13", "H40.013"],
        "reason": "Visually significant bilateral nuclear cataracts with glare disability; cataract surgery evaluation. Borderline IOP and C/D asymmetry noted",
        "urgency": "routine",
        "referral_date": "2026-10-27",
    }
    css = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9pt; }
.top { display: flex; justify-content: space-between; align-items: center; margin-bottom: 4px; }
.top .nm { font-size: 15pt; font-weight: bold; font-family: 'DejaVu Serif', serif; }
.top .nm small { display: block; font-size: 9pt; font-weight: normal; font-family: 'DejaVu Sans', sans-serif; }
.top .r { text-align: right; font-size: 8.5pt; }
table.band { width: 100%; border: 2pt solid #000; }
table.band td { border: 0.75pt solid #000; padding: 1px 4px 3px 4px; vertical-align: top; }
table.band .k { display: block; font-size: 6.8pt; letter-spacing: 0.6px; text-transform: uppercase; }
table.band .x { font-size: 10pt; font-weight: bold; }
.bandtitle { background: #000; color: #fff; font-weight: bold; letter-spacing: 3px; padding: 2px 6px; font-size: 10pt; }
h4 { margin: 12px 0 3px 0; font-size: 10pt; border-bottom: 1pt solid #000; }
p { margin: 3px 0 6px 0; line-height: 1.4; }
table.exam { border: 1pt solid #000; margin-top: 4px; }
table.exam th, table.exam td { border: 0.75pt solid #000; padding: 2px 8px; text-align: center; font-size: 9pt; }
table.exam th:first-child, table.exam td:first-child { text-align: left; }
.sig { margin-top: 16px; display: flex; justify-content: space-between; }
.foot { position: absolute; bottom: 0; left: 0; right: 0; font-size: 7.5pt; border-top: 0.5pt solid #000; padding-top: 2px; display: flex; justify-content: space-between; }
"""
    body = f"""
<div style="height:0.25in"></div>
<div class="top"><div class="nm">Clearview Family Eye Care<small>Optometry &middot; Contact lenses &middot; Dry-eye clinic</small></div>
<div class="r">1180 NE Third St, Bend, OR 97701<br>{P('5413826610','dot')} &middot; fax {P('5413826619','dot')}<br>optical shop {P('5413826640','dot')}</div></div>
<div class="bandtitle">OPHTHALMOLOGY REFERRAL / CO-MANAGEMENT REQUEST</div>
<table class="band">
<tr>
<td style="width:28%"><span class="k">Patient (last, first)</span><span class="x">BARRETT, Wendell A.</span></td>
<td style="width:14%"><span class="k">Birthdate</span><span class="x">{D(f['patient_dob'],'iso')}</span></td>
<td style="width:7%"><span class="k">Sex</span><span class="x">M</span></td>
<td style="width:19%"><span class="k">Best contact no.</span><span class="x">{P(f['patient_phone'])}</span></td>
<td style="width:14%"><span class="k">Chart</span><span class="x">{f['patient_mrn']}</span></td>
<td><span class="k">Date sent</span><span class="x">{D(f['referral_date'],'iso')}</span></td>
</tr>
<tr>
<td><span class="k">Medical plan (primary)</span><span class="x">Medicare Part B</span></td>
<td colspan="2"><span class="k">MBI / subscriber no.</span><span class="x">{f['insurance_member_id']}</span></td>
<td colspan="2"><span class="k">Secondary</span>AARP Medicare Supplement Plan G &middot; 00419983211</td>
<td><span class="k">Vision plan</span>VSP (not billed)</td>
</tr>
<tr>
<td><span class="k">Referring O.D.</span><span class="x">Nadia Farouk, OD, FAAO</span></td>
<td colspan="2"><span class="k">NPI</span><span class="x">{f['referring_npi']}</span></td>
<td><span class="k">Direct line</span><span class="x">{P(f['referring_phone'],'dot')}</span></td>
<td colspan="2"><span class="k">Send report to fax</span><span class="x">{P(f['referring_fax'],'dot')}</span></td>
</tr>
<tr>
<td><span class="k">Service</span><span class="x">Ophthalmology &ndash; cataract</span></td>
<td colspan="2"><span class="k">Surgeon preferred</span><span class="x">Dr. Miles Ashdown</span></td>
<td colspan="2"><span class="k">ICD-10</span><span class="x">H25.13 &nbsp; H40.013</span></td>
<td><span class="k">Priority</span><span class="x">Routine</span></td>
</tr>
<tr>
<td colspan="6"><span class="k">Reason</span><span class="x">{f['reason']}</span></td>
</tr>
</table>
<p style="font-size:8pt">To: Cascade Eye Surgeons, 2500 NE Neff Rd, Bend OR 97701 &middot; scheduling {P('5413180404','dot')} &middot; fax {P('5413180411','dot')}. Patient PCP: Ronald Iwasaki, MD (St. Charles Family Care). Co-management of post-op care requested (modifier 55).</p>

<h4>History</h4>
<p>77-year-old man with gradually decreasing vision OU over 18 months, worse at night; stopped driving after dark in August. Marked glare from headlights and difficulty reading medication labels despite new spectacles on {D('2025-09-12','iso')}. Type 2 diabetes diet-controlled (A1c 6.1%), no retinopathy on prior exams. Father had glaucoma. No prior ocular surgery. Takes tamsulosin 0.4 mg daily &mdash; <b>note IFIS risk</b>.</p>
<h4>Examination {D('2026-10-22','iso')}</h4>
<table class="exam">
<tr><th></th><th>OD</th><th>OS</th></tr>
<tr><td>BCVA distance (Snellen)</td><td>20/50</td><td>20/60</td></tr>
<tr><td>BAT (glare, medium)</td><td>20/100</td><td>20/200</td></tr>
<tr><td>Manifest refraction</td><td>&minus;2.25 &minus;0.75 &times; 090</td><td>&minus;2.75 &minus;1.00 &times; 085</td></tr>
<tr><td>IOP (Goldmann, 10:40 am)</td><td>22 mmHg</td><td>19 mmHg</td></tr>
<tr><td>Pachymetry</td><td>548 &micro;m</td><td>552 &micro;m</td></tr>
<tr><td>Lens</td><td>3+ NS, 1+ cortical</td><td>3+ NS</td></tr>
<tr><td>C/D ratio</td><td>0.55</td><td>0.40</td></tr>
<tr><td>Gonioscopy</td><td>open to CB 360&deg;</td><td>open to CB 360&deg;</td></tr>
<tr><td>Macula / periphery</td><td>flat, no DR</td><td>flat, no DR</td></tr>
</table>
<p style="margin-top:6px">HVF 24-2 SITA-Fast {D('2026-10-22','iso')}: reliable, no glaucomatous defect OU. OCT RNFL: average 84 &micro;m OD, 92 &micro;m OS, borderline superior OD.</p>
<h4>Assessment / plan</h4>
<p>1. Age-related nuclear cataract, bilateral (H25.13): visually significant, functional impairment documented (night driving, reading). Patient wishes to proceed with surgery, OS first.<br>
2. Open-angle glaucoma suspect, low risk, bilateral (H40.013): IOP 22 OD, C/D asymmetry 0.15. We will continue to follow with OCT and fields every 6 months and will resume routine care after surgery.<br>
3. Biometry not performed here (IOLMaster unavailable). Last dilated exam {D('2026-10-22','iso')}; next recall {D('2027-04-22','iso')}.</p>
<div class="sig"><div>Electronically signed: Nadia Farouk, OD &nbsp; {D('2026-10-27','abbr')} 4:12 PM<br>Oregon Board of Optometry lic. #OD-2714</div>
<div style="text-align:right">Technician: M. Delgado, COA<br>CPT this visit: 92014, 92133, 92083</div></div>
<div class="foot"><span>Clearview Family Eye Care &middot; CVFEC-REF-03</span><span>Printed {D('2026-10-27','us')} 16:15</span><span>Page 1 of 1</span></div>
"""
    return dict(html=page("NX03", css, body), fields=f, pages=1, mode="fine", noise=dict(specks=140),
                kind="optometrist_header_band_fields_narrative_below_ophthalmology")


# ---------------------------------------------------------------- NX04
def nx04():
    """Fax cover + free clinic half-page slip (two slips per sheet, only the top one filled)."""
    f = {
        "patient_last_name": "Carmona",
        "patient_first_name": "Luis",
        "patient_dob": "1979-02-09",
        "patient_sex": "M",
        "patient_phone": "3147720918",
        "patient_mrn": "FC-10382",
        "referring_provider": "Samuel Achterberg",
        "referring_npi": npi("113570294"),
        "referring_phone": "3148651207",
        "referring_fax": "3148651290",
        "referred_to_specialty": "general_surgery",
        "diagnosis_codes": ["K40.90"],
        "reason": "Symptomatic reducible right inguinal hernia, enlarging, unable to do his construction job; surgical repair",
        "urgency": "routine",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
.cv h1 { font-family: 'Liberation Serif', serif; font-size: 34pt; margin: 0; letter-spacing: 6px; }
.cv .org { font-size: 13pt; font-weight: bold; }
.cv table { width: 100%; margin-top: 16px; font-size: 11.5pt; }
.cv td { padding: 8px 4px; border-bottom: 1pt solid #000; vertical-align: top; }
.cv td.l { width: 1.1in; font-weight: bold; }
.cv .msg { margin-top: 18px; border: 1.5pt solid #000; padding: 10px; min-height: 1.9in; font-size: 11.5pt; }
.cv .hand { font-family: 'URW Bookman', serif; font-style: italic; }
.conf { margin-top: 18px; font-size: 8.5pt; text-align: justify; }
.slip { height: 4.55in; border: 1.5pt solid #000; padding: 8px 12px; position: relative; }
.slip .h { display: flex; justify-content: space-between; border-bottom: 1pt solid #000; padding-bottom: 3px; }
.slip .h .t { font-size: 12pt; font-weight: bold; }
.slip .h .s { font-size: 8.5pt; text-align: right; white-space: nowrap; }
.ln { display: flex; margin-top: 6px; align-items: baseline; }
.ln .lb { white-space: nowrap; font-size: 9pt; font-weight: bold; padding-right: 4px; }
.ln .fill { flex: 1; border-bottom: 0.75pt solid #000; min-height: 15px; padding-left: 4px; font-family: 'URW Bookman', serif; font-style: italic; font-size: 11pt; }
.cut { text-align: center; font-size: 8pt; margin: 7px 0; border-top: 1pt dashed #000; line-height: 0; }
.cut span { background: #fff; padding: 0 6px; }
.note { font-size: 8pt; margin-top: 5px; }
""" + TXHDR_CSS

    def ln(lb, val="", lb2=None, val2="", lb3=None, val3=""):
        s = f'<div class="ln"><span class="lb">{lb}</span><span class="fill">{val}</span>'
        if lb2:
            s += f'<span class="lb" style="padding-left:10px">{lb2}</span><span class="fill">{val2}</span>'
        if lb3:
            s += f'<span class="lb" style="padding-left:10px">{lb3}</span><span class="fill">{val3}</span>'
        return s + "</div>"

    def slip(filled):
        v = (lambda x: x) if filled else (lambda x: "")
        return f"""
<div class="slip"><div class="h"><div class="t">ST. BRIGID'S FREE CLINIC &mdash; SPECIALTY REFERRAL SLIP</div>
<div class="s">3300 Gravois Ave (church hall), St. Louis, MO 63118<br>Clinic phone (Tue/Thu 5&ndash;9 pm) {P(f['referring_phone'],'dash')}<br>Clinic fax {P(f['referring_fax'],'dash')}</div></div>
{ln('Pt name', v('CARMONA, Luis A.'), 'Clinic #', v(f['patient_mrn']))}
{ln('DOB', v(D(f['patient_dob'],'us_short_yy')), 'Sex', v('M'), 'Phone', v(P(f['patient_phone'],'dash') + ' (cell, text OK)'))}
{ln('Insurance', v('NONE &mdash; uninsured. Sliding-scale / charity care app. started'), )}
{ln('Refer to', v('General Surgery &mdash; any surgeon accepting charity-care pts'))}
{ln('ICD-10', v('K40.90'), 'Other hx', v('HTN, diet only; smoker 1/2 ppd'))}
{ln('Why', v('Symptomatic reducible right inguinal hernia, enlarging,'))}
{ln('', v('unable to do his construction job; surgical repair'))}
{ln('Priority', v('routine (no incarceration signs; told ER precautions)'))}
{ln('Volunteer MD', v('Samuel Achterberg, MD'), 'NPI', v(f['referring_npi']))}
{ln('Date', v(D(f['referral_date'],'us_short_yy')), 'Signature', v('<span style="font-family:Z003,cursive;font-size:14pt;font-style:normal">S. Achterberg</span>'))}
<div class="note">Please call pt directly to schedule and fax appt date to clinic. Interpreter: Spanish. Return consult note by fax. We have no labs/imaging on site.</div>
</div>"""

    body = f"""
{faxline('11/03/2026 20:47', 'ST BRIGIDS CLINIC', P(f['referring_fax'],'dash'), 1, 2)}
<div class="cv">
<div class="org">St. Brigid's Free Clinic</div>
<div>Volunteer-run clinic for uninsured adults &middot; 3300 Gravois Ave, St. Louis, MO 63118</div>
<h1>FAX</h1>
<table>
<tr><td class="l">To:</td><td class="hand">Riverside Surgical Associates &mdash; attn: charity care / new patient scheduling</td></tr>
<tr><td class="l">Fax:</td><td class="hand">{P('3145276041','dash')}</td></tr>
<tr><td class="l">From:</td><td class="hand">Denise Mbeki, RN (volunteer coordinator)</td></tr>
<tr><td class="l">Phone:</td><td class="hand">{P(f['referring_phone'],'dash')} clinic nights only &middot; voicemail {P('3148651200','dash')}</td></tr>
<tr><td class="l">Date:</td><td class="hand">{D('2026-11-03','us_short_yy')}</td></tr>
<tr><td class="l">Pages:</td><td class="hand">2 (including this one)</td></tr>
</table>
<div class="msg"><b>Message:</b> <span class="hand">Referral slip for Mr. Carmona attached. Dr. Okonjo at your office said you might take one more charity-care hernia repair this quarter. He has no insurance and no phone at work &mdash; best to text him. Thank you so much!! &mdash; Denise</span></div>
<div class="conf"><b>CONFIDENTIAL:</b> The documents accompanying this fax contain health information that is legally privileged. If you are not the intended recipient, please notify us by calling the number above and destroy the documents. Redisclosure is prohibited.</div>
</div>

<div class="pb"></div>
{faxline('11/03/2026 20:48', 'ST BRIGIDS CLINIC', P(f['referring_fax'],'dash'), 2, 2)}
{slip(True)}
<div class="cut"><span>&#9986; cut here &nbsp;&nbsp; &#9986; cut here</span></div>
{slip(False)}
"""
    return dict(html=page("NX04", css, body), fields=f, pages=2, mode="standard", noise=dict(specks=300, streak=True),
                kind="fax_cover_plus_free_clinic_half_page_slip_second_slip_blank_surgery_uninsured")


# ---------------------------------------------------------------- NX05
def nx05():
    """House-calls nurse practitioner's referral written as a numbered list; + home-visit progress note."""
    f = {
        "patient_last_name": "Abernathy",
        "patient_first_name": "Clarence",
        "patient_dob": "1941-01-03",
        "patient_sex": "M",
        "patient_phone": "8037364402",
        "patient_mrn": "HF-2207815",
        "insurance_payer": "Humana Gold Plus HMO",
        "insurance_member_id": "H61927745",
        "referring_provider": "Rosalind Tran-Whitaker",
        "referring_npi": npi("172209938"),
        "referring_phone": "8037990150",
        "referring_fax": "8037990158",
        "referred_to_specialty": "podiatry",
        "referred_to_provider": "Felicia Okoro",
        "diagnosis_codes": ["E11.621", "L97.412", "E11.42"],
        "reason": "Non-healing right heel ulcer, 1.5 cm with fat layer exposed, for debridement and offloading",
        "urgency": "urgent",
        "referral_date": "2026-10-29",
    }
    css = """
body { font-family: 'P052', 'Palatino Linotype', serif; font-size: 11pt; }
.hd { border-bottom: 3pt double #000; padding-bottom: 4px; display: flex; justify-content: space-between; align-items: flex-end; }
.hd .n { font-size: 16pt; font-weight: bold; }
.hd .s { font-size: 9pt; }
.hd .r { font-size: 9pt; text-align: right; }
h2 { font-size: 13pt; margin: 12px 0 2px 0; }
.intro { font-size: 10pt; margin: 0 0 6px 0; }
ol.ref { margin: 4px 0 0 0; padding-left: 26px; }
ol.ref > li { margin: 0 0 5px 0; line-height: 1.3; padding-left: 4px; }
ol.ref .k { font-weight: bold; }
ol.ref ul { margin: 2px 0 0 0; padding-left: 18px; font-size: 10pt; }
.sig { margin-top: 12px; font-size: 10.5pt; }
.foot { position: absolute; bottom: 0; left: 0; right: 0; font-size: 8pt; display: flex; justify-content: space-between; border-top: 0.5pt solid #000; padding-top: 2px; }
.pn { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; }
.pn table { width: 100%; border: 1pt solid #000; }
.pn td { border: 0.5pt solid #000; padding: 2px 5px; vertical-align: top; }
.pn h3 { font-size: 11pt; margin: 10px 0 2px 0; text-transform: uppercase; letter-spacing: 1px; }
.pn p { margin: 2px 0 5px 0; line-height: 1.35; }
""" + TXHDR_CSS
    hd = f"""<div class="hd"><div><div class="n">HomeFirst House Calls</div><div class="s">Home-based primary care for homebound adults &middot; Midlands region</div></div>
<div class="r">PO Box 5120, Columbia, SC 29250<br>Main {P('8037990150','paren')} &middot; Fax {P('8037990158','paren')}<br>After-hours on-call {P('8035567733','paren')}</div></div>"""
    body = f"""
{faxline('29-OCT-2026 13:20', 'HOMEFIRST', P(f['referring_fax'],'plain'), 1, 2)}
{hd}
<h2>Referral &mdash; Podiatry</h2>
<p class="intro">Please see the items below. All information verified with the patient's daughter (health-care POA) on the date written.</p>
<ol class="ref">
<li><span class="k">Name of patient:</span> Clarence E. Abernathy</li>
<li><span class="k">Born:</span> {D(f['patient_dob'],'dmy_nz')} &nbsp;(age 85) &nbsp;&middot;&nbsp; <span class="k">Sex:</span> male</li>
<li><span class="k">Reach the patient at:</span> home landline {P(f['patient_phone'],'dash')}
  <ul><li>Daughter / POA, Joyce Abernathy-Reid, cell {P('8034471936','dash')} (please call her first to coordinate transport)</li>
  <li>Address: 14 Cedar Creek Ct, Blythewood, SC 29016 (ramp at side door)</li></ul></li>
<li><span class="k">Our chart ID:</span> {f['patient_mrn']}</li>
<li><span class="k">Insurance:</span> Humana Gold Plus HMO, member <b>H61927745</b>
  <ul><li>Secondary: SC Healthy Connections Medicaid #6640098137 (dual eligible)</li>
  <li>Humana referral/auth no. to follow (requested {D('2026-10-29','dmy_nz')}, ref. 88231047)</li></ul></li>
<li><span class="k">Referring clinician:</span> Rosalind Tran-Whitaker, MSN, FNP-BC &nbsp;&middot;&nbsp; NPI {f['referring_npi']}
  <ul><li>Collaborating physician: Dr. Bernard Ashford-Coles (does not see patient)</li></ul></li>
<li><span class="k">Call / fax us:</span> {P(f['referring_phone'],'paren')} ext 3 (clinical line) &nbsp;&middot;&nbsp; fax {P(f['referring_fax'],'paren')}</li>
<li><span class="k">Referred to:</span> Podiatry &mdash; Felicia Okoro, DPM, Midlands Foot &amp; Ankle, 1333 Taylor St, Columbia
  <ul><li>Their office {P('8037791400','paren')} / fax {P('8037791422','paren')}. Home visit if possible; otherwise wheelchair transport.</li></ul></li>
<li><span class="k">Diagnoses (ICD-10):</span> E11.621 &nbsp; L97.412 &nbsp; E11.42</li>
<li><span class="k">Why:</span> {f['reason']}.</li>
<li><span class="k">How soon:</span> <b>URGENT</b> &mdash; please schedule within 7 days. Not stat; no signs of systemic infection today.</li>
<li><span class="k">Enclosed:</span> home-visit note of {D('2026-10-27','dmy_nz')} (page 2). Wound culture pending; X-ray right foot ordered (mobile), not yet done.</li>
<li><span class="k">Written:</span> {D(f['referral_date'],'dmy_nz')}</li>
</ol>
<div class="sig">Signed, <span style="font-family:Z003,cursive;font-size:17pt">Rosalind Tran-Whitaker</span>, FNP-BC</div>
<div class="foot"><span>HomeFirst House Calls &middot; form-free referral (list format)</span><span>Page 1 of 2</span></div>

<div class="pb"></div>
{faxline('29-OCT-2026 13:21', 'HOMEFIRST', P(f['referring_fax'],'plain'), 2, 2)}
{hd}
<div class="pn">
<h3 style="margin-top:8px">Home visit progress note</h3>
<table>
<tr><td><b>Patient:</b> Abernathy, Clarence E.</td><td><b>DOB:</b> {D(f['patient_dob'],'us')}</td><td><b>Chart:</b> {f['patient_mrn']}</td></tr>
<tr><td><b>Visit date:</b> {D('2026-10-27','us')} 10:05&ndash;10:50</td><td><b>Place:</b> home (POS 12)</td><td><b>Clinician:</b> R. Tran-Whitaker, FNP-BC</td></tr>
</table>
<h3>Subjective</h3>
<p>Daughter noticed drainage on sock 3 weeks ago. Patient denies pain (neuropathy). Mostly bed-to-recliner. No fevers or chills. Appetite fair. Last A1c 8.4% ({D('2026-08-19','us')}).</p>
<h3>Objective</h3>
<p>T 98.1 &nbsp; HR 78 &nbsp; BP 132/70 &nbsp; RR 16 &nbsp; SpO2 96% RA &nbsp; FSBG 212.<br>
R posterior heel: 1.5 &times; 1.2 cm ulcer, depth to subcutaneous fat, fibrinous base 60%, scant serous drainage, periwound maceration, no probe to bone, no crepitus, erythema &lt;1 cm. DP pulses faint bilaterally; cap refill 3 s. Monofilament absent 0/10 both feet. L foot intact; thick dystrophic nails.</p>
<h3>Assessment</h3>
<p>1. Type 2 DM with foot ulcer, R heel, fat layer exposed (E11.621, L97.412).<br>2. Diabetic peripheral polyneuropathy (E11.42).<br>3. Immobility, pressure component likely.<br>4. Possible PAD &mdash; ABI not available in home; consider at podiatry.</p>
<h3>Plan</h3>
<p>Cleansed, hydrocolloid removed; started calcium alginate + foam, change every other day (home health RN, Palmetto Home Care, {P('8032540970','dash')}). Heel offloading boot ordered (DME). Swab culture sent. Increase glargine 18 &rarr; 20 units. Urgent podiatry referral as above. Return visit {D('2026-11-03','us')} or sooner.</p>
<p style="margin-top:10px"><i>Medications:</i> insulin glargine 20 u qHS; metformin 500 mg BID; amlodipine 5 mg; atorvastatin 40 mg; tamsulosin 0.4 mg; gabapentin 100 mg TID. <i>Allergies:</i> penicillin (rash).</p>
<p style="margin-top:10px">Electronically signed R. Tran-Whitaker FNP-BC {D('2026-10-27','us')} 14:02. CPT 99349.</p>
</div>
<div class="foot"><span>HomeFirst House Calls &middot; confidential</span><span>Page 2 of 2</span></div>
"""
    return dict(html=page("NX05", css, body), fields=f, pages=2, mode="fine", noise=dict(specks=150),
                kind="house_calls_np_numbered_list_referral_plus_progress_note_podiatry")
