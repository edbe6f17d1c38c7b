<?xml version="1.0" encoding="UTF-8"?>
<!--
  Vietnamese view of the RSS feed (/tin-tuc/rss.xml) when opened in a browser.
  XSLT 1.0 (what browsers support). Referenced from docusaurus.config.ts
  (blog feedOptions.xslt); rss.css beside it is copied with it.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat" />

  <!-- "Mon, 24 Feb 2025 00:00:00 GMT" → "24/02/2025" -->
  <xsl:template name="ngay">
    <xsl:param name="d" />
    <xsl:variable name="m" select="substring($d, 9, 3)" />
    <xsl:value-of select="substring($d, 6, 2)" />
    <xsl:text>/</xsl:text>
    <xsl:choose>
      <xsl:when test="$m = 'Jan'">01</xsl:when>
      <xsl:when test="$m = 'Feb'">02</xsl:when>
      <xsl:when test="$m = 'Mar'">03</xsl:when>
      <xsl:when test="$m = 'Apr'">04</xsl:when>
      <xsl:when test="$m = 'May'">05</xsl:when>
      <xsl:when test="$m = 'Jun'">06</xsl:when>
      <xsl:when test="$m = 'Jul'">07</xsl:when>
      <xsl:when test="$m = 'Aug'">08</xsl:when>
      <xsl:when test="$m = 'Sep'">09</xsl:when>
      <xsl:when test="$m = 'Oct'">10</xsl:when>
      <xsl:when test="$m = 'Nov'">11</xsl:when>
      <xsl:otherwise>12</xsl:otherwise>
    </xsl:choose>
    <xsl:text>/</xsl:text>
    <xsl:value-of select="substring($d, 13, 4)" />
  </xsl:template>

  <xsl:template match="/">
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Nguồn tin RSS: <xsl:value-of select="rss/channel/title" /></title>
        <link rel="stylesheet" href="rss.css" />
      </head>
      <body>
        <main>
          <p class="info">
            <strong>Đây là nguồn tin RSS.</strong> Ứng dụng đọc tin dùng địa chỉ này để tự động nhận bài mới.
            Muốn theo dõi, hãy sao chép địa chỉ trang này trên thanh địa chỉ của trình duyệt và dán vào ứng dụng đọc tin RSS của bạn.
          </p>
          <h1><xsl:value-of select="rss/channel/title" /></h1>
          <p class="blog-description"><xsl:value-of select="rss/channel/description" /></p>
          <p><a href="{rss/channel/link}">Đọc tin trên trang web</a></p>
          <h2>Bài viết mới nhất</h2>
          <ul class="blog-posts">
            <xsl:for-each select="rss/channel/item">
              <li class="blog-post">
                <h3><a href="{link}"><xsl:value-of select="title" /></a></h3>
                <p class="blog-post-date">
                  <xsl:text>Ngày đăng: </xsl:text>
                  <xsl:call-template name="ngay"><xsl:with-param name="d" select="pubDate" /></xsl:call-template>
                </p>
                <p class="blog-post-description"><xsl:value-of select="description" /></p>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
