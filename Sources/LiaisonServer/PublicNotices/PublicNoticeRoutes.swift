import Hummingbird

/// `/notices/v1/red`, `/notices/v1/yellow` and `/notices/v1/un`: INTERPOL's public notices API,
/// public on purpose (no credential needed). Each list has its search, one notice, its images and
/// each image; UN notices sit under `persons` or `entities`.
struct PublicNoticeRoutes {
    let liaison: Liaison

    func add(to router: Router<LiaisonRequestContext>) {
        let notices = PublicNoticeService(liaison: liaison)
        for list in PublicList.allCases {
            let group = router.group("notices/v1/\(list.rawValue)")
            group.get { request, _ in
                Reply(try await notices.list(list, try PublicNoticeQuery(list, query: request.uri.query), links: PublicLinks(request)))
            }
            group.get(RouterPath(list.noticeTemplate)) { request, context in
                Reply(try await notices.detail(try PublicNoticeAddress(list, context), links: PublicLinks(request)))
            }
            group.get(RouterPath(list.noticeTemplate + "/images")) { request, context in
                Reply(try await notices.images(try PublicNoticeAddress(list, context), links: PublicLinks(request)))
            }
            group.get(RouterPath(list.noticeTemplate + "/images/{pictureID}")) { _, context in
                try await notices.picture(try PublicNoticeAddress(list, context), try context.path("pictureID", { $0 }))
            }
        }
    }
}
