export class ReportsController {
  async show(req, res) {
    const report = await this.reports.find(req.params.id);
    if (report.private && !req.user) res.redirect('/login');
    res.render('report', { report }); // expect: express/response-sent-twice
  }

  async download(req, res) {
    for (const format of ['pdf', 'csv']) {
      if (req.accepts(format)) {
        res.download(this.reports.path(req.params.id, format));
        return;
      }
    }
    res.sendStatus(406); // ok: express/response-sent-twice
  }
}
